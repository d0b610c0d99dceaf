package dev.orderflow.launcher.control;

import dev.orderflow.launcher.AdminPassword;
import dev.orderflow.launcher.Services;
import java.nio.file.Path;
import java.util.Map;

/**
 * The addresses a user or another tool needs: entry point, APIs, Kafka bootstrap, JDBC URL, and the consumers' admin
 * pages with the data directory's admin password.
 */
public final class Summary {

    private Summary() {
    }

    public static String of(RunState state) {
        String base = "http://localhost:" + state.gatewayPort();
        StringBuilder text = new StringBuilder();
        row(text, "Entry point", base + "/");
        for (Map.Entry<String, String> api : Services.API_PATHS.entrySet()) {
            row(text, api.getKey(), base + api.getValue());
        }
        if ("atom".equals(state.transport())) {
            row(text, "Transport", "atom: shipping and invoicing poll " + base + "/order/feed; no Kafka");
        } else {
            row(text, "Kafka", state.kafkaBootstrap() + (state.kafkaExternal() ? "  (external)" : ""));
        }
        String credentials = state.databaseExternal()
                ? "  (external, user " + state.databaseUsername() + ")"
                : "  (user " + state.databaseUsername() + ", password " + state.databasePassword() + ")";
        row(text, "Database", state.jdbcUrl() + credentials);
        if (state.dataDir() != null && !"atom".equals(state.transport())) {
            AdminPassword.read(Path.of(state.dataDir())).ifPresent(password -> row(text, "Dead letters",
                    base + "/shipping/dead-letters, " + base + "/invoicing/dead-letters  (admin only: user "
                            + AdminPassword.USERNAME + ", password " + password + ")"));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String title, String value) {
        text.append(String.format("  %-13s %s%n", title, value));
    }
}
