package dev.orderflow.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (embedded binaries, separate process) with a database named {@code orderflow}.
 *
 * <p>The data directory is kept: starting again on the same directory finds the same data. The server
 * uses trust authentication on 127.0.0.1, so any password is accepted; {@link #password()} returns one
 * for clients that insist on having one.
 */
public final class PostgresServer implements AutoCloseable {

    /** The database created on start for the services. */
    public static final String DATABASE = "orderflow";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDir;
    private boolean closed;

    private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDir) {
        this.postgres = postgres;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL durably (fsync and synchronous commit on) and creates the {@code orderflow}
     * database if missing.
     *
     * @param dataDir data directory; initialised if it holds no cluster yet, reused otherwise (a server an earlier,
     *                killed process left running on it is stopped first)
     * @param port    port on 127.0.0.1, 0 for a free one
     * @throws IllegalStateException if the port is taken or the server does not come up
     */
    public static PostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * Like {@link #start(Path, int)}, with server settings ({@code postgresql.conf} names) that are added
     * or replace the defaults; tests pass {@code fsync=off} and {@code synchronous_commit=off} here for speed.
     * Values must not contain spaces.
     */
    public static PostgresServer start(Path dataDir, int port, Map<String, String> serverConfig) {
        Path dir = dataDir.toAbsolutePath();
        LeftoverPostmaster.stopIfRunning(dir);
        UnfinishedBinaries.removeUnder(UnfinishedBinaries.workingDirectory());
        int resolvedPort = Ports.resolve("PostgreSQL", port)[0];
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Whoever starts the server owns stopping it; a second hook of zonky's own would race
                // with callers that delete the directory after closing.
                .setRegisterShutdownHook(false)
                .setPort(resolvedPort);
        settings(serverConfig).forEach(builder::setServerConfig);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL failed to start on " + Ports.HOST + ":" + resolvedPort
                    + " (dir " + dir + "): " + e.getMessage(), e);
        }
        PostgresServer server = new PostgresServer(postgres, resolvedPort, dir);
        try {
            server.createDatabaseIfMissing();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info("PostgreSQL ready at {} with data in {}", server.jdbcUrl(), dir);
        return server;
    }

    private static Map<String, String> settings(Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", Ports.HOST);
        // The embedded binaries default to no fsync and asynchronous commit; this server holds real data.
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        // Three services with connection pools, plus migrations and tests.
        settings.put("max_connections", "200");
        settings.put("shared_buffers", "64MB");
        settings.put("timezone", "UTC");
        settings.putAll(overrides);
        return settings;
    }

    private void createDatabaseIfMissing() {
        String adminUrl = "jdbc:postgresql://" + Ports.HOST + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, USER, password());
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE + " on port " + port, e);
        }
    }

    /**
     * Creates (or updates) one login role per service schema in the {@code orderflow} database, owning that schema
     * and nothing else, and from then on asks every role but the superuser for its password ({@link ServiceRoles}).
     *
     * @param passwords role name, which is also its schema's name, to its password
     */
    public void createServiceRoles(Map<String, String> passwords) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, password())) {
            ServiceRoles.apply(connection, dataDir, passwords);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + jdbcUrl() + " as " + USER, e);
        }
    }

    /** JDBC URL of the {@code orderflow} database, e.g. {@code jdbc:postgresql://127.0.0.1:15432/orderflow}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + Ports.HOST + ":" + port + "/" + DATABASE;
    }

    /** The superuser, {@code postgres}. */
    public String username() {
        return USER;
    }

    /** {@code postgres}; trust authentication ignores it, but it is what a password-protected setup would use. */
    public String password() {
        return "postgres";
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown, data kept); later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL on port " + port, e);
        }
        log.info("PostgreSQL on port {} stopped", port);
    }

    @Override
    public String toString() {
        return "PostgresServer[" + jdbcUrl() + "]";
    }
}
