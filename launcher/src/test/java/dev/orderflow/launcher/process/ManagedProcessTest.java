package dev.orderflow.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderflow.launcher.logs.ConsoleLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ConsoleLog consoleLog = new ConsoleLog(new PrintStream(console, true, StandardCharsets.UTF_8), false, 10);

    @Test
    void outputGoesPrefixedToTheConsoleAndPlainToTheLogFile() throws Exception {
        Path log = dir.resolve("logs/shipping-1.log");
        List<String> seen = new CopyOnWriteArrayList<>();

        ManagedProcess process = ManagedProcess.start(shell("shipping-1", log, "echo hello $GREETING; echo oops >&2"),
                consoleLog, seen::add);

        assertThat(process.exit().get()).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("shipping-1 | hello world", "shipping-1 | oops");
        assertThat(Files.readAllLines(log)).containsExactly("hello world", "oops");
        assertThat(seen).containsExactly("hello world", "oops");
    }

    @Test
    void theLogFileIsAppendedToAcrossRestarts() throws Exception {
        Path log = dir.resolve("order-1.log");

        ManagedProcess.start(shell("order-1", log, "echo first"), consoleLog, null).exit().get();
        ManagedProcess.start(shell("order-1", log, "echo second"), consoleLog, null).exit().get();

        assertThat(Files.readAllLines(log)).containsExactly("first", "second");
    }

    @Test
    void stopAsksWithSigtermFirst() throws Exception {
        ManagedProcess process = ManagedProcess.start(
                shell("kafka", dir.resolve("kafka.log"), "trap 'echo bye; exit 0' TERM; echo up; while true; do sleep 0.1; done"),
                consoleLog, null);
        await().until(() -> console.toString(StandardCharsets.UTF_8).contains("up"));

        process.stop(Duration.ofSeconds(10));

        assertThat(process.isAlive()).isFalse();
        assertThat(process.exit().get()).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("kafka      | bye");
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
        ManagedProcess process = ManagedProcess.start(
                shell("stubborn", dir.resolve("stubborn.log"), "trap '' TERM; echo up; while true; do sleep 0.1; done"),
                consoleLog, null);
        await().until(() -> console.toString(StandardCharsets.UTF_8).contains("up"));

        process.stop(Duration.ofMillis(500));

        assertThat(process.isAlive()).isFalse();
        assertThat(process.exit().get()).isEqualTo(137);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("did not stop within 500 ms; killing it");
    }

    private static ProcessSpec shell(String name, Path log, String script) {
        return new ProcessSpec(name, List.of("sh", "-c", script), Map.of("GREETING", "world"), log);
    }
}
