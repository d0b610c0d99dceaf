package dev.orderflow.launcher.replay;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.control.ControlClient;
import dev.orderflow.launcher.control.KafkaClientSettings;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.StateFile;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds each named service's data from the event topic on a running orderflow: fingerprint, stop the service,
 * move its group back to the start, clear its tables in one transaction, start it, wait until it has read everything
 * again and its data no longer changes, fingerprint again. Exits 1 if any result differs from what was there before.
 */
public final class ReplayCommand {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Layout layout;
    private final PrintStream out;
    private final PrintStream err;

    public ReplayCommand(Layout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> services, Duration timeout) throws LauncherException, InterruptedException {
        RunState state = new StateFile(layout.stateFile()).readLive().orElseThrow(() -> new LauncherException(
                "orderflow is not running (no " + Layout.display(layout.stateFile()) + ")."));
        if (!"kafka".equals(state.transport())) {
            throw new LauncherException("replay needs transport kafka: it moves a consumer group back on the order "
                    + "topic, and this orderflow runs with transport " + state.transport() + ".");
        }
        int exitCode = 0;
        for (String service : services) {
            if (!Services.isService(service)) {
                throw new LauncherException("unknown service '" + service + "' (known: "
                        + String.join(", ", Services.NAMES) + ")");
            }
            ReplayPlan plan = ReplayPlan.fromJar(service, layout.serviceJar(service));
            exitCode = replay(state, plan, timeout) ? exitCode : 1;
        }
        return exitCode;
    }

    private boolean replay(RunState state, ReplayPlan plan, Duration timeout)
            throws LauncherException, InterruptedException {
        String password = state.databasePassword() != null ? state.databasePassword() : System.getenv("DATABASE_PASSWORD");
        try (Connection connection = DriverManager.getConnection(state.jdbcUrl(), state.databaseUsername(), password);
                ConsumerGroup group = new ConsumerGroup(kafkaLogin(state, plan), plan.group(), plan.topic())) {
            ServiceData data = new ServiceData(connection, plan);
            String name = plan.service();
            for (String decision : plan.ownDecisions()) {
                long rows = data.rowsWithValue(decision);
                if (rows > 0) {
                    err.println(name + ": replay refused: " + rows + " rows have " + decision + " set, a decision of "
                            + name + " itself that no event records, so a replay would lose it");
                    return false;
                }
            }
            Fingerprint before = settled(name, group, data, timeout);
            out.println(name + ": before " + before.describe());
            ControlClient control = new ControlClient(state.controlPort());
            command(control, "/stop", name, STOP_TIMEOUT);
            try {
                awaitEmpty(group, name);
                group.resetToEarliest();
                data.clear();
                out.println(name + ": stopped; group " + plan.group() + " moved to the start of " + plan.topic()
                        + "; cleared " + String.join(", ", data.tables()) + " in one transaction"
                        + (plan.keep().isEmpty() ? "" : " (kept: " + String.join(", ", plan.keep().stream().sorted().toList()) + ")"));
            } finally {
                command(control, "/start", name, timeout.plusSeconds(60));
            }
            out.println(name + ": started; reading " + group.lag() + " records again");
            Fingerprint after = settled(name, group, data, timeout);
            out.println(name + ": after  " + after.describe());
            if (after.equals(before)) {
                out.println(name + ": replay rebuilt the same data");
                return true;
            }
            err.println(name + ": replay rebuilt DIFFERENT data (compared: every table of schema " + plan.schema()
                    + " but " + plan.keep() + ", without columns " + plan.ignoredColumns() + ")");
            return false;
        } catch (SQLException e) {
            throw new LauncherException("database error during replay of " + plan.service() + ": " + e.getMessage(), e);
        }
    }

    /**
     * On a secured system, the replayed service's own Kafka user: its ACLs allow exactly what replay does (describe
     * and move its group, Read on group {@code <service>}; the topic's partitions and offsets, Describe on it), and
     * nothing on any other service's group, so a replay cannot touch another service by mistake.
     */
    private static Map<String, Object> kafkaLogin(RunState state, ReplayPlan plan) throws LauncherException {
        return KafkaClientSettings.of(state, plan.service(), System.getenv());
    }

    /** Waits until the group has read everything and two fingerprints a second apart agree. */
    private Fingerprint settled(String service, ConsumerGroup group, ServiceData data, Duration timeout)
            throws LauncherException, SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Fingerprint previous = null;
        while (System.nanoTime() < deadline) {
            if (group.lag() == 0) {
                Fingerprint now = data.fingerprint();
                if (now.equals(previous)) {
                    return now;
                }
                previous = now;
            } else {
                previous = null;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new LauncherException(service + " did not catch up with the topic and settle within "
                + timeout.toSeconds() + " s (raise --timeout)");
    }

    private void awaitEmpty(ConsumerGroup group, String service) throws LauncherException, InterruptedException {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (!group.empty()) {
            if (System.nanoTime() > deadline) {
                throw new LauncherException("the consumer group of " + service + " still has members although it "
                        + "was stopped; is another instance running outside this orderflow?");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void command(ControlClient control, String path, String service, Duration timeout)
            throws LauncherException {
        try {
            ControlClient.Reply reply = control.post(path, Map.of("name", service), timeout);
            if (!reply.ok()) {
                throw new LauncherException(reply.body());
            }
            out.println(reply.body());
        } catch (IOException e) {
            throw new LauncherException("orderflow did not answer on its control port: " + e.getMessage(), e);
        }
    }
}
