package dev.orderflow.launcher.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.system.FakeInfrastructure;
import dev.orderflow.launcher.system.SelfCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteCommandsTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Process leftover;

    @AfterEach
    void killLeftover() {
        if (leftover != null) {
            leftover.destroyForcibly();
        }
    }

    @Test
    void whenNothingRunsStatusStopAndStartSaySoAndFail() {
        RemoteCommands remote = remote();

        assertThat(remote.status(false)).isEqualTo(1);
        assertThat(remote.stop(List.of("shipping"))).isEqualTo(1);
        assertThat(remote.start(List.of("shipping"), Map.of(), Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(output()).contains("orderflow is not running (no ");
    }

    @Test
    void downWhenNothingRunsSucceeds() {
        assertThat(remote().down()).isZero();
        assertThat(output()).contains("orderflow is not running.");
    }

    @Test
    void processesLeftBehindByAKilledLauncherAreReportedAndStoppedByDown() throws Exception {
        leftover = new ProcessBuilder(SelfCommand.java(List.of("-Xmx16m"), FakeInfrastructure.class.getName(),
                List.of("kafka", "--port", String.valueOf(freePort())))).start();
        Process killedLauncher = new ProcessBuilder("true").start();
        killedLauncher.waitFor();
        StateFile stateFile = new StateFile(Layout.of(data).stateFile());
        stateFile.write(new RunState(killedLauncher.pid(), 0, "ready", 1, 8080, "127.0.0.1:19092", false,
                "jdbc:postgresql://127.0.0.1:15432/orderflow", "postgres", "postgres", false, data.toString(),
                List.of(new RunState.Instance("kafka", "kafka", leftover.pid(), 19092, "UP", ""))));

        assertThat(remote().status(false)).isEqualTo(1);
        assertThat(output()).contains("still running: kafka (pid " + leftover.pid() + ")", "./orderflow down");

        assertThat(remote().down()).isZero();
        assertThat(leftover.isAlive()).isFalse();
        assertThat(stateFile.path()).doesNotExist();
    }

    private RemoteCommands remote() {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new RemoteCommands(Layout.of(data), print, print);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
