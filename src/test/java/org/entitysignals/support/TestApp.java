package org.entitysignals.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entitysignals.EntitySignalsExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.proxy.WeldClientProxy;

/**
 * A real application for one test: Weld SE with the given beans (the extension comes from META-INF/services, as it
 * does for users), and a real persistence unit on a fresh database (in-memory H2, or PostgreSQL: see
 * {@link FreshDatabase}).
 */
public final class TestApp implements AutoCloseable {

    private final WeldContainer container;
    private final EntityManagerFactory factory;
    private final FreshDatabase database;
    /** The EntityManager whose transaction {@link #call} runs on this thread. */
    private final ThreadLocal<EntityManager> running = new ThreadLocal<>();

    private TestApp(WeldContainer container, EntityManagerFactory factory, FreshDatabase database) {
        this.container = container;
        this.factory = factory;
        this.database = database;
    }

    public static TestApp start(Provider provider, Class<?>... beans) {
        return start(provider.unit(), Map.of(), beans);
    }

    public static TestApp start(String unit, Map<String, Object> properties, Class<?>... beans) {
        return start(new Weld(), unit, properties, beans);
    }

    /** Starts on a Weld the test configured further (with services of a container integration, say). */
    public static TestApp start(Weld weld, String unit, Map<String, Object> properties, Class<?>... beans) {
        WeldContainer container = weld.disableDiscovery().addExtension(new EntitySignalsExtension())
                .addBeanClasses(beans).addBeanClass(Jpa.class).initialize();
        FreshDatabase database = null;
        try {
            database = FreshDatabase.create("signals");
            Map<String, Object> all = new HashMap<>(database.properties());
            all.putAll(properties);
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit, all);
            container.select(Jpa.class).get().use(factory);
            return new TestApp(container, factory, database);
        } catch (RuntimeException e) {
            container.close();
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Runs the work in a transaction of its own, inside a request context whose {@code @Inject EntityManager} is
     * the one the work gets: receivers write through the same persistence context, as in an application.
     */
    public <R> R call(Function<EntityManager, R> work) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            EntityManager em = container.select(EntityManager.class).get();
            // the instance behind Weld's client proxy: the proxy hands itself out for what returns the instance
            // (Hibernate's unwrap(Session.class))
            running.set((EntityManager) ((WeldClientProxy) em).getMetadata().getContextualInstance());
            return inTransaction(em, work);
        } finally {
            running.remove();
            request.deactivate();
        }
    }

    /** Runs the work in a transaction of the EntityManager: committed when it returns, rolled back when it throws. */
    public static <R> R inTransaction(EntityManager em, Function<EntityManager, R> work) {
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
        }
    }

    /** Persists the entity in a transaction of its own and returns it. */
    public <T> T persist(T entity) {
        return call(em -> {
            em.persist(entity);
            return entity;
        });
    }

    /** Runs the work in a transaction that is never committed nor rolled back: the EntityManager is just closed. */
    public void abandon(Consumer<EntityManager> work) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            EntityManager em = container.select(EntityManager.class).get();
            em.getTransaction().begin();
            work.accept(em);
        } finally {
            request.deactivate();
        }
    }

    /** Produces one EntityManager per request context, closed with it. */
    @ApplicationScoped
    static class Jpa {

        private EntityManagerFactory factory;

        void use(EntityManagerFactory factory) {
            this.factory = factory;
        }

        @Produces
        @RequestScoped
        EntityManager entityManager() {
            return factory.createEntityManager();
        }

        void close(@Disposes EntityManager em) {
            em.close();
        }
    }

    /**
     * Rows of a table as written right now, uncommitted ones included. Inside {@link #call} (in its work, or in a
     * receiver it triggers) they are counted through the transaction's own connection; outside, none may be left
     * uncommitted by any connection, and the committed ones are counted.
     */
    public long rowsWritten(String table) {
        EntityManager em = running.get();
        if (em != null && em.isOpen() && em.getTransaction().isActive()) {
            var own = OwnConnection.apply(em, connection -> FreshDatabase.count(connection, countOf(table)));
            if (own.isPresent()) {
                return own.get();
            }
        }
        try (Connection connection = database.connect()) {
            long openWriters = database.openWriters(connection);
            if (openWriters > 0) {
                throw new IllegalStateException(openWriters + " connection(s) of " + database
                        + " hold uncommitted writes: rows written cannot be counted from outside");
            }
            return FreshDatabase.count(connection, countOf(table));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a table as committed. */
    public long rowsCommitted(String table) {
        try (Connection connection = database.connect()) {
            return FreshDatabase.count(connection, countOf(table));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String countOf(String table) {
        return "SELECT COUNT(*) FROM " + table;
    }

    @Override
    public void close() {
        close(factory, container, database);
    }

    /** Closes a persistence unit, then its CDI container, then drops its database. */
    public static void close(EntityManagerFactory factory, WeldContainer container, FreshDatabase database) {
        try {
            factory.close();
        } finally {
            try {
                container.close();
            } finally {
                database.close();
            }
        }
    }
}
