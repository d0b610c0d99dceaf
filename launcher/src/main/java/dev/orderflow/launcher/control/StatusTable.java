package dev.orderflow.launcher.control;

import dev.orderflow.launcher.Services;

/** The human-readable form of {@code orderflow status}. */
final class StatusTable {

    private static final String ROW = "%-13s %-8s %-6s %-9s %s%n";

    private StatusTable() {
    }

    static String render(RunState state) {
        StringBuilder text = new StringBuilder();
        text.append("orderflow is ").append(state.state()).append(" (data in ").append(state.dataDir()).append(")\n\n");
        text.append(String.format(ROW, "NAME", "PID", "PORT", "HEALTH", "").stripTrailing()).append('\n');
        text.append(String.format(ROW, Services.GATEWAY, state.pid(), state.gatewayPort(), "UP", "entry point")
                .stripTrailing()).append('\n');
        for (RunState.Instance instance : state.instances()) {
            String pid = instance.pid() > 0 ? String.valueOf(instance.pid()) : "-";
            String note = instance.note() == null ? "" : instance.note();
            text.append(String.format(ROW, instance.name(), pid, instance.port(), instance.health(), note)
                    .stripTrailing()).append('\n');
        }
        return text.append('\n').append(Summary.of(state)).toString();
    }
}
