package org.entitysignals.support;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The JDBC connection of the transaction an EntityManager runs, on Hibernate and on EclipseLink: what that
 * transaction sees, its own uncommitted writes included, on any database (PostgreSQL has no dirty reads, so another
 * connection cannot see them). Taken without changing what the provider does next.
 */
final class OwnConnection {

    /** What to do on the connection. */
    interface Work<R> {
        R apply(Connection connection) throws SQLException;
    }

    private OwnConnection() {
    }

    /** The work's result on the transaction's connection; empty when the transaction has written nothing yet. */
    static <R> Optional<R> apply(EntityManager em, Work<R> work) {
        if (em.getEntityManagerFactory() instanceof SessionFactory) {
            // Hibernate holds the connection from begin() on; pending JDBC batches are left as they are
            return Optional.of(em.unwrap(Session.class).doReturningWork(work::apply));
        }
        // EclipseLink begins the database transaction at its first write; before that, unwrap(Connection) would
        // begin it early (beginEarlyTransaction), changing which connection the unit of work reads through
        if (!em.unwrap(UnitOfWorkImpl.class).isInTransaction()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.apply(em.unwrap(Connection.class)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
