package dev.orderflow.launcher.control;

import dev.orderflow.infrastructure.KafkaSecurity;
import dev.orderflow.launcher.KafkaUsers;
import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Layout;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How a Kafka client of the launcher itself ({@code replay}, {@code topic}) connects to the running system's Kafka: from
 * what {@code up} recorded in the state file (bootstrap servers, protocol, CA certificate) and, when secured, with the
 * password {@code up} gave the user, from the same place ({@link KafkaUsers}): the environment variable, else the
 * data directory's file. The login itself is built by {@link KafkaSecurity}, as for the brokers' own admin client.
 */
public final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /** The client settings for logging in as {@code user} (used only when the system is secured). */
    public static Map<String, Object> of(RunState state, String user, Map<String, String> environment)
            throws LauncherException {
        if (state.kafkaBootstrap() == null) {
            throw new LauncherException("this orderflow runs with transport " + state.transport() + ", without Kafka.");
        }
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", state.kafkaBootstrap());
        if (RunState.PLAINTEXT.equals(state.kafkaSecurityProtocol())) {
            return config;
        }
        if (!KafkaSecurity.PROTOCOL.equals(state.kafkaSecurityProtocol()) || state.kafkaTruststore() == null) {
            throw new LauncherException("this orderflow's Kafka takes " + state.kafkaSecurityProtocol()
                    + " clients, which this launcher cannot make (it knows PLAINTEXT and " + KafkaSecurity.PROTOCOL
                    + " with a truststore).");
        }
        Path dataDir = Path.of(state.dataDir());
        String password = KafkaUsers.existing(user, dataDir, environment).orElseThrow(() -> new LauncherException(
                "this orderflow's Kafka is secured (up --secure), and there is no password of its user " + user
                        + ": set " + KafkaSecurity.variable(user) + " as it was set for up (there is no "
                        + Layout.display(KafkaUsers.file(user, dataDir)) + ")."));
        config.putAll(KafkaSecurity.clientConfig(Path.of(state.kafkaTruststore()), user, password));
        return config;
    }
}
