package dev.orderflow.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each service's own PostgreSQL login role, named like its schema, with rights on that schema only. The password comes
 * from the environment ({@code ORDERFLOW_DB_PASSWORD_<ROLE>}, e.g. {@code ORDERFLOW_DB_PASSWORD_SHIPPING}) or, if that
 * is not set, from {@code <data>/database-passwords/<role>}, made up on first use ({@link GeneratedSecret}).
 */
public final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /** The role, which is also the schema: {@code ordering} for order (a reserved word in SQL), else the service's name. */
    public static String roleOf(String service) {
        return "order".equals(service) ? "ordering" : service;
    }

    /** The environment variable that sets a role's password, e.g. {@code ORDERFLOW_DB_PASSWORD_ORDERING}. */
    public static String variable(String role) {
        return "ORDERFLOW_DB_PASSWORD_" + role.toUpperCase(Locale.ROOT);
    }

    public static String password(String role, Path dataDir, Map<String, String> environment) {
        String given = environment.get(variable(role));
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return GeneratedSecret.at(dataDir.resolve("database-passwords").resolve(role));
    }

    /** Every service's role to its password. */
    public static Map<String, String> passwords(Path dataDir, Map<String, String> environment) {
        Map<String, String> passwords = new LinkedHashMap<>();
        Services.NAMES.forEach(service -> passwords.put(roleOf(service),
                password(roleOf(service), dataDir, environment)));
        return passwords;
    }
}
