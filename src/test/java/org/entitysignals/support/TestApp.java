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
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entitysignals.EntitySignalsExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A real application for one test: Weld SE with the given beans (the extension comes from META-INF/services, as it
 * does for users), and a real persistence unit on a fresh in-memory H2 database.
 */
public final class TestApp implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final WeldContainer container;
    private final EntityManagerFactory factory;
    private final String url;

    private TestApp(WeldContainer container, EntityManagerFactory factory, String url) {
        this.container = container;
        this.factory = factory;
        this.url = url;
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
        try {
            String url = "jdbc:h2:mem:signals" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
            Map<String, Object> all = new HashMap<>(properties);
            all.put("jakarta.persistence.jdbc.url", url);
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit, all);
            container.select(Jpa.class).get().use(factory);
            return new TestApp(container, factory, url);
        } catch (RuntimeException e) {
            container.close();
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
            return inTransaction(container.select(EntityManager.class).get(), work);
        } finally {
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

    /** Rows of a table as another connection sees them, uncommitted ones included: what is written right now. */
    public long rowsWritten(String table) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a table as committed. */
    public long rowsCommitted(String table) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        close(factory, container, url);
    }

    /** Closes a persistence unit, then its CDI container, then drops its in-memory database. */
    public static void close(EntityManagerFactory factory, WeldContainer container, String url) {
        try {
            factory.close();
        } finally {
            container.close();
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // the database is gone already
            }
        }
    }
}
