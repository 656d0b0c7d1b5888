package org.entitysignals.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.entitysignals.EntitySignalsExtension;
import org.entitysignals.support.FreshDatabase;
import org.entitysignals.support.TestApp;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** Weld SE with some receivers, and one persistence unit on a fresh database (in-memory H2 unless told). */
final class BenchApp implements AutoCloseable {

    private final WeldContainer weld;
    private final EntityManagerFactory factory;
    private final FreshDatabase database;

    BenchApp(String unit, Class<?>... receivers) {
        weld = new Weld().disableDiscovery().addExtension(new EntitySignalsExtension()).addBeanClasses(receivers)
                .addBeanClass(Receivers.None.class).initialize();
        database = FreshDatabase.create("bench");
        factory = Persistence.createEntityManagerFactory(unit, database.properties());
    }

    /** Runs the work in a transaction of its own, with an EntityManager of its own. */
    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Writes rows with plain JDBC, outside the persistence unit: setup, not measured. */
    void insertRows(long firstId, int count) {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO BENCHITEM (ID, NAME, AMOUNT) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, firstId + i);
                insert.setString(2, "row");
                insert.setInt(3, i);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes rows of a name with plain JDBC: cleanup, not measured. */
    void deleteRows(String name) {
        try (Connection connection = database.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM BENCHITEM WHERE NAME = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        TestApp.close(factory, weld, database);
    }
}
