package dev.orderflow.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One login role per service, named like the schema it owns ({@code ordering}, {@code shipping}, {@code invoicing}),
 * with rights on that schema only: it owns the schema and everything in it, and has no other grant. Roles other than
 * the superuser must give their password (scram-sha-256); the superuser {@code postgres} keeps trust authentication
 * on 127.0.0.1 for the launcher, the tests and the developer.
 *
 * <p>Applied at every start, so that a data directory from before the roles existed (its tables owned by
 * {@code postgres}) is handed over, and a changed password takes effect.
 */
final class ServiceRoles {

    private static final String PG_HBA = """
            # Written by orderflow (ServiceRoles): the superuser trusted on the loopback address, every other role
            # with its password.
            local all postgres trust
            host all postgres 127.0.0.1/32 trust
            host all all 127.0.0.1/32 scram-sha-256
            """;

    /**
     * Hands each schema's objects to its role, whoever created them. Tables first: the sequences of their columns
     * follow them, and may not be given away on their own.
     */
    private static final String HAND_OVER = """
            do $$
            declare object record;
            begin
              for object in select relname, relkind from pg_class
                  where relnamespace = '%1$s'::regnamespace and relkind in ('r', 'p', 'v', 'm')
                    and pg_get_userbyid(relowner) <> '%1$s' loop
                execute format('alter %%s %%I.%%I owner to %%I', case object.relkind when 'v' then 'view'
                  when 'm' then 'materialized view' else 'table' end, '%1$s', object.relname, '%1$s');
              end loop;
              for object in select relname from pg_class
                  where relnamespace = '%1$s'::regnamespace and relkind = 'S'
                    and pg_get_userbyid(relowner) <> '%1$s' loop
                execute format('alter sequence %%I.%%I owner to %%I', '%1$s', object.relname, '%1$s');
              end loop;
            end $$""";

    private ServiceRoles() {
    }

    /** @param passwords role (= schema) name to its password */
    static void apply(Connection superuser, Path dataDir, Map<String, String> passwords) {
        if (passwords.isEmpty()) {
            return;
        }
        try (Statement sql = superuser.createStatement()) {
            for (Map.Entry<String, String> role : passwords.entrySet()) {
                String name = identifier(role.getKey());
                String password = "'" + role.getValue().replace("'", "''") + "'";
                boolean exists;
                try (var rows = sql.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                    exists = rows.next();
                }
                sql.execute((exists ? "alter" : "create") + " role " + name
                        + " login nosuperuser nocreatedb nocreaterole password " + password);
                sql.execute("create schema if not exists " + name + " authorization " + name);
                sql.execute("alter schema " + name + " owner to " + name);
                sql.execute(HAND_OVER.formatted(name));
            }
            // PostgreSQL 15 and later do this by default; stated because the isolation depends on it.
            sql.execute("revoke create on schema public from public");
            Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA);
            sql.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the services' database roles: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a role name: " + name);
        }
        return name;
    }
}
