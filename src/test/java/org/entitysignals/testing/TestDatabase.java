package org.entitysignals.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entitysignals.support.FreshDatabase;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;

/**
 * A persistence unit of the test persistence.xml on a fresh database ({@link FreshDatabase}), for tests whose CDI
 * container someone else starts (weld-junit5): open it once the container runs, close it before the container stops.
 */
final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final FreshDatabase database;

    private TestDatabase(EntityManagerFactory factory, FreshDatabase database) {
        this.factory = factory;
        this.database = database;
    }

    static TestDatabase open(Provider provider) {
        FreshDatabase database = FreshDatabase.create("testkit");
        try {
            return new TestDatabase(Persistence.createEntityManagerFactory(provider.unit(), database.properties()),
                    database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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
            database.close();
        }
    }
}
