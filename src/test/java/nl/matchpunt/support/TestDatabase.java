package nl.matchpunt.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run on, found in this order: the server named by {@code TEST_DB_URL},
 * {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}; a Testcontainers PostgreSQL where a Docker engine answers;
 * otherwise a fresh database, made for this test run, on 127.0.0.1:5432 (user {@code postgres}). No database is
 * a loud failure, never a skip.
 */
public final class TestDatabase {

    /**
     * Where the test database is: {@code username} owns the schema (Flyway runs as it), the application connects as
     * {@link #APPLICATION_ROLE}, an ordinary role that PostgreSQL's row-level security applies to.
     */
    public record Connection(String url, String username, String password) {}

    /** The role the application connects as (see the row-level security migration); password-less, trust auth. */
    public static final String APPLICATION_ROLE = "matchpunt_app";

    private static Connection connection;

    private TestDatabase() {}

    public static synchronized Connection get() {
        if (connection == null) {
            connection = find();
        }
        return connection;
    }

    private static Connection find() {
        Connection found = locate();
        createApplicationRole(found);
        return found;
    }

    private static void createApplicationRole(Connection db) {
        try (java.sql.Connection admin = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement statement = admin.createStatement()) {
            statement.execute("do $$ begin create role " + APPLICATION_ROLE + " login password '" + APPLICATION_ROLE
                    + "'; exception when duplicate_object then null; end $$");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the application role " + APPLICATION_ROLE + " on the test database: "
                            + e.getMessage(),
                    e);
        }
    }

    private static Connection locate() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("TEST_DB_USER", "postgres"), env("TEST_DB_PASSWORD", ""));
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return freshLocalDatabase();
    }

    private static boolean dockerAnswers() {
        String dockerHost = System.getenv("DOCKER_HOST");
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if ((dockerHost == null || dockerHost.isBlank()) && !socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Connection freshLocalDatabase() {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String name = ("matchpunt_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis())
                .toLowerCase(Locale.ROOT);
        try (java.sql.Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "No PostgreSQL for the tests: set TEST_DB_URL, start a Docker engine, or start the local server "
                            + "(pg_ctlcluster 15 main start) on 127.0.0.1:5432 with user postgres. Cause: "
                            + e.getMessage(),
                    e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, name)));
        return new Connection(server + name, "postgres", "");
    }

    private static void dropQuietly(String server, String name) {
        try (java.sql.Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** A plain JDBC connection as the application's role: row-level security applies to it. */
    public static java.sql.Connection openAsApplication() throws SQLException {
        return DriverManager.getConnection(get().url(), APPLICATION_ROLE, APPLICATION_ROLE);
    }

    /** A plain JDBC connection as the owner, for tests that check what the application cannot. */
    public static java.sql.Connection open() throws SQLException {
        Connection db = get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    /** The one number a query answers (a count, a largest id), read as the owner. */
    public static long single(String sql) throws SQLException {
        try (java.sql.Connection db = open();
                java.sql.PreparedStatement query = db.prepareStatement(sql);
                java.sql.ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
