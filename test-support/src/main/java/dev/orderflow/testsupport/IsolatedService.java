package dev.orderflow.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A service under test with a topic, consumer group and schema of its own on the shared servers, so test classes do
 * not see each other's records or rows. Use one per test class:
 *
 * <pre>
 * static final IsolatedService service = new IsolatedService("shipping");
 *
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) { service.register(registry); }
 * </pre>
 */
public final class IsolatedService {

	private final String topic;

	private final String group;

	private final String schema;

	public IsolatedService(String name) {
		this.topic = SharedInfrastructure.uniqueName("order");
		this.group = SharedInfrastructure.uniqueName(name);
		this.schema = SharedInfrastructure.uniqueName(name);
	}

	/** Points the service's datasource, Kafka client, topic, group and schema at the shared servers. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", SharedInfrastructure::jdbcUrl);
		registry.add("spring.datasource.username", SharedInfrastructure::username);
		registry.add("spring.datasource.password", SharedInfrastructure::password);
		registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
		registry.add("orderflow.db.schema", () -> schema);
		registry.add("orderflow.kafka.topic", () -> topic);
		registry.add("spring.kafka.consumer.group-id", () -> group);
	}

	public String topic() {
		return topic;
	}

	public String schema() {
		return schema;
	}

	/** Where the services look for Avro writer schemas: {@code <topic>-schemas}, as in their configuration. */
	public String schemaTopic() {
		return topic + "-schemas";
	}

	public String deadLetterTopic() {
		return topic + "." + group + ".dlt";
	}

	/** Creates the topic as the order service would, for tests of a consumer without the order service. */
	public void createTopic(int partitions) {
		create(new NewTopic(topic, partitions, (short) 1));
	}

	/** Creates the schema topic as the order service would: one partition, compacted. */
	public void createSchemaTopic() {
		create(new NewTopic(schemaTopic(), 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));
	}

	private static void create(NewTopic topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers()))) {
			admin.createTopics(List.of(topic)).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends one record with the given headers and waits for the broker's acknowledgement. */
	public void send(String key, byte[] value, Map<String, String> headers) {
		send(topic, key, value, headers);
	}

	/** Sends one record to a topic of this service's (e.g. its schema topic) and waits for the acknowledgement. */
	public void send(String topic, String key, byte[] value, Map<String, String> headers) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
			headers.forEach((name, header) -> record.headers().add(name, header.getBytes()));
			producer.send(record).get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends the records (key and value, in this order, with the same headers) in one request to the broker, so that a
	 * consumer that is waiting receives them in one poll, and waits for the broker's acknowledgement.
	 */
	public void sendTogether(List<Map.Entry<String, byte[]>> records, Map<String, String> headers) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.LINGER_MS_CONFIG, 1000);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 4 * 1024 * 1024);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			List<Future<?>> sent = new ArrayList<>();
			for (Map.Entry<String, byte[]> entry : records) {
				ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, entry.getKey(), entry.getValue());
				headers.forEach((name, header) -> record.headers().add(name, header.getBytes()));
				sent.add(producer.send(record));
			}
			producer.flush();
			for (Future<?> future : sent) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many records the topic holds in all its partitions, from the brokers' end offsets. */
	public static long recordCount(String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers()))) {
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
			return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Every record on a topic from its beginning, read for at most the given time or until {@code expected} came. */
	public static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected, Duration timeout) {
		return Topics.readAll(SharedInfrastructure.kafkaBootstrapServers(), topic, expected, timeout);
	}

}
