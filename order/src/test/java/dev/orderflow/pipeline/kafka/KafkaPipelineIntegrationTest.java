package dev.orderflow.pipeline.kafka;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.orderflow.pipeline.PipelineSnapshot;
import dev.orderflow.pipeline.PipelineUnavailableException;
import dev.orderflow.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The pipeline as the real broker reports it: end offsets, members with their partitions, lag per partition. */
class KafkaPipelineIntegrationTest {

	static final String topic = SharedInfrastructure.uniqueName("order");

	final String group = SharedInfrastructure.uniqueName("shipping");

	final String unknownGroup = SharedInfrastructure.uniqueName("invoicing");

	final List<KafkaConsumer<byte[], byte[]>> consumers = new ArrayList<>();

	final KafkaPipeline pipeline = pipeline(SharedInfrastructure.kafkaBootstrapServers(), Duration.ofSeconds(20));

	/** Three records on partition 0, two on partition 1, none on partition 2. */
	@BeforeAll
	static void topicWithRecords() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
		}
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			for (int partition : new int[] { 0, 0, 0, 1, 1 }) {
				producer.send(new ProducerRecord<>(topic, partition, "key", "value")).get();
			}
		}
	}

	@AfterEach
	void close() {
		consumers.forEach(KafkaConsumer::close);
		pipeline.destroy();
	}

	@Test
	void theSnapshotShowsEndOffsetsTheMemberWithItsPartitionsAndTheLagPerPartition() {
		KafkaConsumer<byte[], byte[]> consumer = join("shipping-7@127.0.0.1:18082");
		await().atMost(Duration.ofSeconds(60)).until(() -> poll(consumer).assignment().size() == 3);
		consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(3), new TopicPartition(topic, 1),
				new OffsetAndMetadata(1)));

		PipelineSnapshot snapshot = pipeline.snapshot();

		assertThat(snapshot.topic()).isEqualTo(topic);
		assertThat(snapshot.partitions()).containsExactly(new PipelineSnapshot.Partition(0, 3),
				new PipelineSnapshot.Partition(1, 2), new PipelineSnapshot.Partition(2, 0));
		PipelineSnapshot.Group shipping = snapshot.groups().get(0);
		assertThat(shipping.name()).isEqualTo(group);
		assertThat(shipping.state()).isEqualTo("Stable");
		assertThat(shipping.members())
			.containsExactly(new PipelineSnapshot.Member("shipping-7", "127.0.0.1:18082", List.of(0, 1, 2)));
		assertThat(shipping.partitions()).containsExactly(new PipelineSnapshot.PartitionLag(0, 3L, 0, "shipping-7"),
				new PipelineSnapshot.PartitionLag(1, 1L, 1, "shipping-7"),
				new PipelineSnapshot.PartitionLag(2, null, 0, "shipping-7"));
	}

	@Test
	void aGroupNobodyHasJoinedHasNoMembersAndLagsByEverything() {
		PipelineSnapshot.Group invoicing = pipeline.snapshot().groups().get(1);

		assertThat(invoicing.name()).isEqualTo(unknownGroup);
		assertThat(invoicing.members()).isEmpty();
		assertThat(invoicing.partitions()).containsExactly(new PipelineSnapshot.PartitionLag(0, null, 3, null),
				new PipelineSnapshot.PartitionLag(1, null, 2, null), new PipelineSnapshot.PartitionLag(2, null, 0, null));
	}

	@Test
	void whenASecondMemberJoinsThePartitionsAreSharedBetweenThem() {
		KafkaConsumer<byte[], byte[]> first = join("shipping-1@127.0.0.1:18082");
		await().atMost(Duration.ofSeconds(60)).until(() -> poll(first).assignment().size() == 3);
		KafkaConsumer<byte[], byte[]> second = join("shipping-2@127.0.0.1:18083");

		// Both must keep polling for the group to rebalance.
		await().atMost(Duration.ofSeconds(90)).until(() -> {
			poll(first);
			poll(second);
			List<PipelineSnapshot.Member> members = pipeline.snapshot().groups().get(0).members();
			return members.size() == 2 && members.stream().allMatch(m -> !m.partitions().isEmpty());
		});

		List<PipelineSnapshot.Member> members = pipeline.snapshot().groups().get(0).members();
		assertThat(members).extracting(PipelineSnapshot.Member::instance).containsExactly("shipping-1", "shipping-2");
		assertThat(members).extracting(PipelineSnapshot.Member::address)
			.containsExactly("127.0.0.1:18082", "127.0.0.1:18083");
		assertThat(members.stream().flatMap(m -> m.partitions().stream())).containsExactlyInAnyOrder(0, 1, 2);
	}

	@Test
	void aBrokerThatDoesNotAnswerMakesThePipelineUnavailable() throws IOException {
		KafkaPipeline nowhere = pipeline("127.0.0.1:" + freePort(), Duration.ofSeconds(1));
		try {
			assertThatThrownBy(nowhere::snapshot).isInstanceOf(PipelineUnavailableException.class)
				.hasMessageContaining("Kafka");
		}
		finally {
			nowhere.destroy();
		}
	}

	private KafkaPipeline pipeline(String bootstrapServers, Duration timeout) {
		return new KafkaPipeline(new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)),
				topic, "order-1", new PipelineProperties(List.of(group, unknownGroup), timeout), Clock.systemUTC());
	}

	private KafkaConsumer<byte[], byte[]> join(String clientId) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(topic));
		consumers.add(consumer);
		return consumer;
	}

	private static KafkaConsumer<byte[], byte[]> poll(KafkaConsumer<byte[], byte[]> consumer) {
		consumer.poll(Duration.ofMillis(200));
		return consumer;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
