package dev.orderflow.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderflow.launcher.cli.OptionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's real command lines, run as the launcher runs them. */
class JavaCommandsTest {

    @TempDir
    Path data;

    // Empty, as on a machine where PostgreSQL never ran: the binaries are extracted first.
    @TempDir
    Path binaries;

    @Test
    void postgresExtractsItsBinariesOnAMachinesFirstStartWithinTheMemoryTheLauncherGivesIt() throws Exception {
        Settings settings = Settings.from(OptionParser.parse("up", "--data", data.toString()), Map.of());
        List<String> command = new ArrayList<>(new JavaCommands(settings)
                .infrastructure("postgres", List.of("--port", "0", "--dir", data.resolve("postgres").toString())));
        command.add(1, "-Dot.epg.working-dir=" + binaries);
        Path log = data.resolve("postgres.log");
        Process postgres = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> !postgres.isAlive() || Files.readString(log).contains("READY jdbc:postgresql:"));

            assertThat(Files.readString(log)).contains("READY jdbc:postgresql:").doesNotContain("OutOfMemoryError");
            assertThat(postgres.isAlive()).isTrue();
        } finally {
            postgres.destroy();
            if (!postgres.waitFor(30, TimeUnit.SECONDS)) {
                postgres.destroyForcibly();
            }
        }
    }
}
