package dev.orderflow.launcher.replay;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.StateFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    @TempDir
    Path data;

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream());

    @Test
    void refusesWhenOrderflowIsNotRunning() {
        assertThatThrownBy(() -> replay().run(List.of("shipping"), Duration.ofSeconds(1)))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("orderflow is not running");
    }

    @Test
    void refusesClearlyWithTheAtomTransportWhichHasNoConsumerGroupToMove() {
        running("atom");

        assertThatThrownBy(() -> replay().run(List.of("shipping"), Duration.ofSeconds(1)))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("replay needs transport kafka")
                .hasMessageContaining("runs with transport atom");
    }

    @Test
    void refusesAnUnknownService() {
        running("kafka");

        assertThatThrownBy(() -> replay().run(List.of("billing"), Duration.ofSeconds(1)))
                .hasMessageContaining("unknown service 'billing'");
    }

    /** A state file naming this test's own JVM as the launcher, so that it counts as running. */
    private void running(String transport) {
        new StateFile(Layout.of(data).stateFile()).write(new RunState(ProcessHandle.current().pid(), 0, "ready", 1,
                8080, "atom".equals(transport) ? null : "127.0.0.1:1", false, "jdbc:postgresql://127.0.0.1:1/orderflow",
                "postgres", "postgres", false, data.toString(), List.of(), transport));
    }

    private ReplayCommand replay() {
        return new ReplayCommand(Layout.of(data), out, out);
    }
}
