package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void postgresOnAFreePortServesTheOrderflowDatabaseDurably() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(dir, 0)) {
            assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/orderflow");
            assertThat(query(postgres, "SELECT current_database()")).isEqualTo("orderflow");
            assertThat(query(postgres, "SHOW fsync")).isEqualTo("on");
            assertThat(query(postgres, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(postgres, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(query(postgres, "SHOW max_connections")).isEqualTo("200");
        }
    }

    @Test
    void postgresKeepsDataAcrossRestartOnSameDirectory() throws Exception {
        int port;
        try (PostgresServer postgres = PostgresServer.start(dir, 0)) {
            port = postgres.port();
            execute(postgres, "CREATE TABLE note (text varchar(20))");
            execute(postgres, "INSERT INTO note VALUES ('kept')");
        }

        // The same port again at once, as the launcher does on a quick restart.
        try (PostgresServer restarted = PostgresServer.start(dir, port)) {
            assertThat(query(restarted, "SELECT text FROM note")).isEqualTo("kept");
        }
    }

    @Test
    void serverConfigOverridesTheDurableDefaults() throws Exception {
        Map<String, String> fast = Map.of("fsync", "off", "synchronous_commit", "off");
        try (PostgresServer postgres = PostgresServer.start(dir, 0, fast)) {
            assertThat(query(postgres, "SHOW fsync")).isEqualTo("off");
            assertThat(query(postgres, "SHOW synchronous_commit")).isEqualTo("off");
        }
    }

    @Test
    void postgresOnATakenPortFailsWithAnExceptionNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> PostgresServer.start(dir, port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(port));
        }
    }

    private static String query(PostgresServer postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(PostgresServer postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(PostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }
}
