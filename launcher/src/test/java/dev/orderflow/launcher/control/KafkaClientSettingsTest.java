package dev.orderflow.launcher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.launcher.LauncherException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClientSettingsTest {

    @TempDir
    Path data;

    @Test
    void aPlaintextSystemGetsClientsWithTheBootstrapServersOnly() throws LauncherException {
        RunState state = state("127.0.0.1:19092", RunState.PLAINTEXT, null);

        assertThat(KafkaClientSettings.of(state, "admin", Map.of()))
                .containsExactlyEntriesOf(Map.of("bootstrap.servers", "127.0.0.1:19092"));
        assertThat(data.resolve("kafka-passwords")).doesNotExist();
    }

    @Test
    void aStateFileWrittenBeforeSecureModeExistedMeansPlaintext() throws Exception {
        StateFile file = new StateFile(data.resolve("orderflow.json"));
        Files.writeString(file.path(), """
                {"pid": 42, "state": "ready", "kafkaBootstrap": "127.0.0.1:19092", "dataDir": "/tmp/d"}
                """);

        RunState state = file.read().orElseThrow();

        assertThat(state.kafkaSecurityProtocol()).isEqualTo(RunState.PLAINTEXT);
        assertThat(KafkaClientSettings.of(state, "admin", Map.of())).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void aSecuredSystemGetsSaslSslWithScramAsTheUserWithThePasswordUpMadeUpAndTheRecordedTruststore() throws Exception {
        Files.createDirectories(data.resolve("kafka-passwords"));
        Files.writeString(data.resolve("kafka-passwords/bonus"), "made-up-by-up\n");
        RunState state = state("127.0.0.1:19092", "SASL_SSL", "/somewhere/kafka-tls/ca.crt");

        assertThat(KafkaClientSettings.of(state, "bonus", Map.of())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "127.0.0.1:19092",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"bonus\" password=\"made-up-by-up\";",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/somewhere/kafka-tls/ca.crt"));
    }

    @Test
    void aPasswordGivenByEnvironmentWinsOverTheFileAsItDidForUp() throws Exception {
        Files.createDirectories(data.resolve("kafka-passwords"));
        Files.writeString(data.resolve("kafka-passwords/admin"), "from-file\n");
        RunState state = state("127.0.0.1:19092", "SASL_SSL", "/ca.crt");

        assertThat(KafkaClientSettings.of(state, "admin", Map.of("ORDERFLOW_KAFKA_PASSWORD_ADMIN", "from-env")))
                .extracting(config -> config.get("sasl.jaas.config")).asString()
                .contains("username=\"admin\" password=\"from-env\"");
    }

    @Test
    void aMissingPasswordIsNotMadeUpButNamesTheVariableToSet() {
        RunState state = state("127.0.0.1:19092", "SASL_SSL", "/ca.crt");

        assertThatThrownBy(() -> KafkaClientSettings.of(state, "shipping", Map.of()))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("ORDERFLOW_KAFKA_PASSWORD_SHIPPING");
        assertThat(data.resolve("kafka-passwords/shipping")).doesNotExist();
    }

    @Test
    void aSystemWithoutKafkaHasNoClientSettings() {
        RunState state = new RunState(1, 0, "ready", 1, 8080, null, false, "jdbc:postgresql://x/y", "postgres", "p",
                false, data.toString(), List.of(), "atom");

        assertThat(state.kafkaSecurityProtocol()).isNull();
        assertThatThrownBy(() -> KafkaClientSettings.of(state, "admin", Map.of()))
                .hasMessageContaining("runs with transport atom, without Kafka");
    }

    @Test
    void aProtocolThisLauncherCannotSpeakIsRefusedRatherThanTriedInPlaintext() {
        RunState state = state("127.0.0.1:19092", "SSL", null);

        assertThatThrownBy(() -> KafkaClientSettings.of(state, "admin", Map.of()))
                .hasMessageContaining("takes SSL clients");
    }

    private RunState state(String bootstrap, String protocol, String truststore) {
        return new RunState(1, 0, "ready", 1, 8080, bootstrap, false, "jdbc:postgresql://x/y", "postgres", "p", false,
                data.toString(), List.of(), "kafka", protocol, truststore);
    }
}
