package dev.orderflow.launcher.control;

import dev.orderflow.infrastructure.KafkaSecurity;
import dev.orderflow.launcher.AdminPassword;
import dev.orderflow.launcher.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        for (Map.Entry<String, String> api : Services.OPTIONAL_API_PATHS.entrySet()) {
            if (running(state, api.getValue().split("/")[1])) {
                row(text, api.getKey(), base + api.getValue());
            }
        }
        if ("atom".equals(state.transport())) {
            row(text, "Transport", "atom: shipping and invoicing poll " + base + "/order/feed; no Kafka");
        } else {
            row(text, "Kafka", state.kafkaBootstrap() + (state.kafkaExternal() ? "  (external)" : "")
                    + (state.kafkaTruststore() == null ? "" : "  (" + state.kafkaSecurityProtocol() + ", "
                            + KafkaSecurity.MECHANISM + ", CA " + state.kafkaTruststore() + ")"));
        }
        String credentials = state.databaseExternal()
                ? "  (external, user " + state.databaseUsername() + ")"
                : "  (user " + state.databaseUsername() + ", password " + state.databasePassword() + ")";
        row(text, "Database", state.jdbcUrl() + credentials);
        if (state.dataDir() != null && !"atom".equals(state.transport())) {
            List<String> pages = new ArrayList<>(List.of(base + "/shipping/dead-letters", base + "/invoicing/dead-letters"));
            Services.OPTIONAL.stream().filter(service -> running(state, service))
                    .forEach(service -> pages.add(base + "/" + service + "/dead-letters"));
            AdminPassword.read(Path.of(state.dataDir())).ifPresent(password -> row(text, "Dead letters",
                    String.join(", ", pages) + "  (admin only: user " + AdminPassword.USERNAME + ", password "
                            + password + ")"));
        }
        return text.toString();
    }

    /** Whether an instance of the service runs, as optional services are listed only then. */
    private static boolean running(RunState state, String service) {
        return state.instances().stream().anyMatch(instance -> instance.group().equals(service) && instance.pid() > 0);
    }

    private static void row(StringBuilder text, String title, String value) {
        text.append(String.format("  %-13s %s%n", title, value));
    }
}
