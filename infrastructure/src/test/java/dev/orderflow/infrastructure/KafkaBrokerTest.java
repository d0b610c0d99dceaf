package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void brokerOnFreePortsServesATopicCreatedWithAdminClient() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir, 0, 0)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());

            createTopic(broker, "greetings");
            produce(broker, "greetings", "hello");

            assertThat(consumeAll(broker, "greetings", 1)).containsExactly("hello");
        }
    }

    @Test
    void brokerKeepsTopicsAcrossRestartOnSameDirectory() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir, 0, 0)) {
            createTopic(broker, "orders");
            produce(broker, "orders", "order-1");
        }

        // Free ports again, so the restart also runs on different listener and controller ports.
        try (KafkaBroker restarted = KafkaBroker.start(dir, 0, 0)) {
            try (Admin admin = admin(restarted)) {
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("orders");
            }
            assertThat(consumeAll(restarted, "orders", 1)).containsExactly("order-1");
        }
    }

    @Test
    void brokerRestartsOnTheSameFixedPortsRightAfterClosing() throws Exception {
        int[] ports = Ports.resolve("test", 0, 0);
        KafkaBroker broker = KafkaBroker.start(dir, ports[0], ports[1]);
        // A client still connected while the broker closes leaves the port in TIME_WAIT.
        try (Admin admin = admin(broker)) {
            admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
            broker.close();
        }

        try (KafkaBroker restarted = KafkaBroker.start(dir, ports[0], ports[1])) {
            assertThat(restarted.port()).isEqualTo(ports[0]);
        }
    }

    @Test
    void brokerKeepsRecordsForeverAndCreatesNoTopicsOnItsOwn() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir, 0, 0); Admin admin = admin(broker)) {
            ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(List.of(node)).all().get(10, TimeUnit.SECONDS).get(node);

            assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
            assertThat(config.get("log.retention.ms").value()).isEqualTo("-1");
        }
    }

    @Test
    void overridesReplaceTheDefaultBrokerProperties() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir, 0, 0, Map.of("log.retention.ms", "3600000"));
             Admin admin = admin(broker)) {
            ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(List.of(node)).all().get(10, TimeUnit.SECONDS).get(node);

            assertThat(config.get("log.retention.ms").value()).isEqualTo("3600000");
        }
    }

    @Test
    void brokerOnATakenPortFailsWithAnExceptionNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> KafkaBroker.start(dir, port, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(port));
            assertThatThrownBy(() -> KafkaBroker.start(dir, 0, port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(port));
        }
    }

    @Test
    void brokerThatLosesAPortRaceFailsWithAnExceptionAndReleasesItsDirectory() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int[] ports = Ports.resolve("test", 0, 0);
            // Listeners pointing at a taken port get past the up-front check, as a port taken a moment
            // after that check would, so this is Kafka's own bind failure.
            Map<String, String> racedListeners = Map.of("listeners",
                    "PLAINTEXT://127.0.0.1:" + taken.getLocalPort() + ",CONTROLLER://127.0.0.1:" + ports[1]);

            assertThatThrownBy(() -> KafkaBroker.start(dir, ports[0], ports[1], racedListeners))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }

        try (KafkaBroker broker = KafkaBroker.start(dir, 0, 0)) {
            assertThat(broker.port()).isPositive();
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        KafkaBroker broker = KafkaBroker.start(dir, 0, 0);
        broker.close();
        broker.close();
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static void createTopic(KafkaBroker broker, String topic) throws Exception {
        try (Admin admin = admin(broker)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
    }

    private static void produce(KafkaBroker broker, String topic, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, value)).get(10, TimeUnit.SECONDS);
        }
    }

    /** Reads through a consumer group, so that group coordination is exercised too. */
    private static List<String> consumeAll(KafkaBroker broker, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return values.size() >= expected;
            });
        }
        return values;
    }
}
