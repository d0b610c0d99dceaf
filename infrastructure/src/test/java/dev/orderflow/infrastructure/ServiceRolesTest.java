package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' login roles on a real PostgreSQL: each one's own schema, nothing else, and only with its password. */
class ServiceRolesTest {

    static final Map<String, String> PASSWORDS = Map.of("ordering", "o-secret", "shipping", "s-secret",
            "invoicing", "i-secret");

    @TempDir
    static Path dir;

    static PostgresServer postgres;

    @BeforeAll
    static void startWithATableTheSuperuserCreatedBeforeTheRolesExisted() throws SQLException {
        postgres = PostgresServer.start(dir, 0);
        try (Connection superuser = connect("postgres", "postgres"); Statement sql = superuser.createStatement()) {
            sql.execute("create schema invoicing");
            sql.execute("create table invoicing.invoice (order_id bigserial primary key, total numeric)");
            sql.execute("insert into invoicing.invoice (total) values (12.50)");
        }
        postgres.createServiceRoles(PASSWORDS);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aServiceRoleCreatesReadsAndWritesInItsOwnSchema() throws SQLException {
        try (Connection shipping = connect("shipping", "s-secret"); Statement sql = shipping.createStatement()) {
            sql.execute("create table shipping.shipment (order_id bigint primary key)");
            sql.execute("insert into shipping.shipment values (1)");
            assertThat(count(sql, "select count(*) from shipping.shipment")).isEqualTo(1);
        }
    }

    @Test
    void aServiceRoleCanNeitherReadNorWriteNorCreateInAnotherServicesSchema() throws SQLException {
        try (Connection shipping = connect("shipping", "s-secret"); Statement sql = shipping.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("select * from invoicing.invoice"))
                    .hasMessageContaining("permission denied for schema invoicing");
            assertThatThrownBy(() -> sql.execute("insert into invoicing.invoice (total) values (1)"))
                    .hasMessageContaining("permission denied for schema invoicing");
            assertThatThrownBy(() -> sql.execute("create table ordering.stolen (id int)"))
                    .hasMessageContaining("permission denied for schema ordering");
            assertThatThrownBy(() -> sql.execute("create table public.stray (id int)"))
                    .hasMessageContaining("permission denied for schema public");
        }
    }

    @Test
    void tablesCreatedBeforeTheRolesExistedAreHandedToTheSchemasRoleWithTheirSequences() throws SQLException {
        try (Connection invoicing = connect("invoicing", "i-secret"); Statement sql = invoicing.createStatement()) {
            sql.execute("insert into invoicing.invoice (total) values (7.00)");
            assertThat(count(sql, "select count(*) from invoicing.invoice")).isEqualTo(2);
        }
    }

    @Test
    void aServiceRoleNeedsItsPasswordWhileTheSuperuserIsTrustedOnTheLoopbackAddress() throws SQLException {
        assertThatThrownBy(() -> connect("shipping", "wrong")).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> connect("shipping", "i-secret")).hasMessageContaining("password authentication failed");
        try (Connection superuser = connect("postgres", "anything")) {
            assertThat(superuser.isValid(5)).isTrue();
        }
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), user, password);
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
