package dev.orderflow.launcher.control;

import dev.orderflow.launcher.Services;
import java.util.Map;

/** The addresses a user or another tool needs: entry point, APIs, Kafka bootstrap, JDBC URL. */
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
        return text.toString();
    }

    private static void row(StringBuilder text, String title, String value) {
        text.append(String.format("  %-13s %s%n", title, value));
    }
}
