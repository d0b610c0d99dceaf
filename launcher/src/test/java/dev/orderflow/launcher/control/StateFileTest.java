package dev.orderflow.launcher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenStateReadsBackTheSame() {
        StateFile file = new StateFile(dir.resolve("run/orderflow.json"));
        RunState state = stateOf(ProcessHandle.current());

        file.write(state);

        assertThat(file.read()).contains(state);
        assertThat(file.readLive()).contains(state);
    }

    @Test
    void theFileIsJsonThatOtherToolsCanRead() throws Exception {
        StateFile file = new StateFile(dir.resolve("orderflow.json"));
        file.write(stateOf(ProcessHandle.current()));

        String json = Files.readString(file.path());

        assertThat(json).contains("\"kafkaBootstrap\": \"127.0.0.1:19092\"")
                .contains("\"jdbcUrl\": \"jdbc:postgresql://127.0.0.1:15432/orderflow\"")
                .contains("\"gatewayUrl\": \"http://localhost:8080/\"")
                .contains("\"name\": \"shipping-1\"");
    }

    @Test
    void fieldsItDoesNotKnowAreSkippedAndMissingOnesReadAsDefaults() throws Exception {
        StateFile file = new StateFile(dir.resolve("orderflow.json"));
        Files.writeString(file.path(), """
                {"pid": 42, "state": "ready", "addedLater": {"a": [1, 2]},
                 "instances": [{"name": "kafka", "pid": 7, "addedLater": true}]}
                """);

        assertThat(file.read()).get().satisfies(state -> {
            assertThat(state.pid()).isEqualTo(42);
            assertThat(state.gatewayPort()).isZero();
            assertThat(state.kafkaExternal()).isFalse();
            assertThat(state.instances()).containsExactly(new RunState.Instance("kafka", null, 7, 0, null, null));
        });
    }

    @Test
    void aSecuredSystemRecordsHowClientsConnectButNoPassword() throws Exception {
        StateFile file = new StateFile(dir.resolve("orderflow.json"));
        RunState plain = stateOf(ProcessHandle.current());
        RunState secured = new RunState(plain.pid(), plain.pidStartedAt(), "ready", 40000, 8080, "127.0.0.1:19092",
                false, plain.jdbcUrl(), "postgres", "postgres", false, "/tmp/data", plain.instances(), "kafka",
                "SASL_SSL", "/tmp/data/kafka-tls/ca.crt");
        file.write(secured);

        assertThat(file.read()).contains(secured);
        assertThat(Files.readString(file.path())).contains("\"kafkaSecurityProtocol\": \"SASL_SSL\"",
                "\"kafkaTruststore\": \"/tmp/data/kafka-tls/ca.crt\"").doesNotContain("kafkaPassword");
    }

    @Test
    void aStateLeftBehindByADeadLauncherIsStaleAndRemoved() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        StateFile file = new StateFile(dir.resolve("orderflow.json"));
        file.write(stateOf(finished.toHandle()));

        assertThat(file.readLive()).isEmpty();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void noFileMeansNothingIsRunning() {
        assertThat(new StateFile(dir.resolve("missing.json")).readLive()).isEmpty();
    }

    @Test
    void anUnreadableFileIsTreatedAsStale() throws Exception {
        StateFile file = new StateFile(dir.resolve("orderflow.json"));
        Files.writeString(file.path(), "{not json");

        assertThat(file.readLive()).isEmpty();
        assertThat(file.path()).doesNotExist();
    }

    private static RunState stateOf(ProcessHandle launcher) {
        long startedAt = RunState.startedAt(launcher);
        return new RunState(launcher.pid(), startedAt, "ready", 40000, 8080, "127.0.0.1:19092", false,
                "jdbc:postgresql://127.0.0.1:15432/orderflow", "postgres", "postgres", false, "/tmp/data \"quoted\"",
                List.of(new RunState.Instance("kafka", "kafka", 101, 19092, "UP", ""),
                        new RunState.Instance("shipping-1", "shipping", 0, 8082, "DOWN", "exited with code 137")));
    }
}
