package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker in the secured mode: SASL_SSL with SCRAM-SHA-512, and the services' ACLs. */
class KafkaSecureBrokerTest {

    private static final Map<String, String> PASSWORDS = Map.of(
            KafkaSecurity.ADMIN, "admin-secret", "order", "order-secret", "shipping", "shipping-secret",
            "invoicing", "invoicing-secret");

    @TempDir
    static Path dir;

    private static KafkaSecurity security;
    private static KafkaBroker broker;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        security = new KafkaSecurity(KafkaCertificates.ensure(dir.resolve("tls")), PASSWORDS);
        broker = KafkaBroker.start(dir.resolve("kafka"), 0, 0, KafkaNode.ALONE, Map.of(), security);
        try (Admin admin = Admin.create(config("order", "order-secret"))) {
            admin.createTopics(List.of(new NewTopic("order", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void orderWritesTheOrderTopicAndShippingReadsItWithinItsOwnGroup() throws Exception {
        try (KafkaProducer<String, String> producer = producer("order", "order-secret")) {
            producer.send(new ProducerRecord<>("order", "1", "created")).get(30, TimeUnit.SECONDS);
        }

        assertThat(consume("shipping", "shipping-secret", "shipping")).contains("created");
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (Admin admin = Admin.create(config("shipping", "not-the-password"))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void theShippingPrincipalCannotProduceToTheOrderTopic() {
        try (KafkaProducer<String, String> producer = producer("shipping", "shipping-secret")) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("order", "2", "forged")).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theShippingPrincipalCannotReadTheOrderTopicInAnotherServicesGroup() {
        assertThatThrownBy(() -> consume("shipping", "shipping-secret", "invoicing"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aPlaintextClientCannotConnect() {
        Map<String, Object> plaintext = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(plaintext)) {
            // The TLS listener drops the connection at the first plaintext byte; the client never gets an answer.
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    private static Map<String, Object> config(String user, String password) {
        Map<String, Object> config = new HashMap<>(security.clientConfig(user, password));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return config;
    }

    private static KafkaProducer<String, String> producer(String user, String password) {
        Map<String, Object> config = config(user, password);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config);
    }

    private static List<String> consume(String user, String password, String group) {
        Map<String, Object> config = config(user, password);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(Set.of("order"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
        }
        return values;
    }
}
