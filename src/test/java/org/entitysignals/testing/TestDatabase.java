package org.entitysignals.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;

/**
 * A persistence unit of the test persistence.xml on a fresh in-memory H2 database, for tests whose CDI container
 * someone else starts (weld-junit5): open it once the container runs, close it before the container stops.
 */
final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EntityManagerFactory factory;
    private final String url;

    private TestDatabase(EntityManagerFactory factory, String url) {
        this.factory = factory;
        this.url = url;
    }

    static TestDatabase open(Provider provider) {
        String url = "jdbc:h2:mem:testkit" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        return new TestDatabase(Persistence.createEntityManagerFactory(provider.unit(),
                Map.of("jakarta.persistence.jdbc.url", url)), url);
    }

    EntityManager createEntityManager() {
        return factory.createEntityManager();
    }

    /** Runs the work in a transaction of its own, with an EntityManager of its own. */
    void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    <R> R call(Function<EntityManager, R> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return TestApp.inTransaction(em, work);
        } finally {
            em.close();
        }
    }

    /** Closes the persistence unit and drops its database. */
    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // the database is gone already
            }
        }
    }
}
