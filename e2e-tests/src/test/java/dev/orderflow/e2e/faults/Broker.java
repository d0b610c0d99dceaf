package dev.orderflow.e2e.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import dev.orderflow.e2e.Orderflow;
import dev.orderflow.testsupport.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The test's own Kafka clients on the system's broker: consumer lag, group offsets, raw records. */
final class Broker implements AutoCloseable {

	static final String ORDER_TOPIC = "order";

	private final String bootstrap;

	private final Admin admin;

	private KafkaProducer<String, byte[]> producer;

	Broker(String bootstrap) {
		this.bootstrap = bootstrap;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	/** The broker of a running orderflow, from {@code status --json}. */
	static Broker of(Orderflow orderflow) {
		return new Broker(orderflow.status().get("kafkaBootstrap").asString());
	}

	/** Records of the topic the group has not committed yet, over all partitions. */
	long lag(String group) {
		Map<TopicPartition, OffsetAndMetadata> committed = get(
				admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
		long lag = 0;
		for (Map.Entry<TopicPartition, Long> end : offsets(ORDER_TOPIC, OffsetSpec.latest()).entrySet()) {
			OffsetAndMetadata offset = committed.get(end.getKey());
			lag += end.getValue() - (offset == null ? 0 : offset.offset());
		}
		return lag;
	}

	/** Whether each of the groups has committed every record of the order topic. */
	boolean caughtUp(String... groups) {
		for (String group : groups) {
			if (lag(group) != 0) {
				return false;
			}
		}
		return true;
	}

	/** How many records the topic holds, from its end offsets (the history is never deleted here). */
	long recordCount(String topic) {
		return offsets(topic, OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
	}

	/** Moves the group back to the start of the order topic; the group must have no members. */
	void resetToEarliest(String group) {
		Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
		offsets(ORDER_TOPIC, OffsetSpec.earliest()).forEach((partition, offset) -> earliest.put(partition,
				new OffsetAndMetadata(offset)));
		get(admin.alterConsumerGroupOffsets(group, earliest).all());
	}

	/**
	 * Sends one record to the order topic as it is, bytes and headers, as a producer other than the order service
	 * could; returns where the broker put it once it acknowledged it.
	 */
	RecordMetadata send(String key, byte[] value, Map<String, String> headers) {
		if (producer == null) {
			Properties config = new Properties();
			config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
			config.put(ProducerConfig.ACKS_CONFIG, "all");
			producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
		}
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(ORDER_TOPIC, key, value);
		headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
		return get(producer.send(record));
	}

	/** Every record on a topic from its beginning; reads until {@code expected} arrived or the time is up. */
	List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected, Duration timeout) {
		return Topics.readAll(bootstrap, topic, expected, timeout);
	}

	private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
		Map<TopicPartition, OffsetSpec> query = new HashMap<>();
		get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic)
			.partitions()
			.forEach(p -> query.put(new TopicPartition(topic, p.partition()), spec));
		Map<TopicPartition, Long> offsets = new HashMap<>();
		Map<TopicPartition, ListOffsetsResultInfo> result = get(admin.listOffsets(query).all());
		result.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (producer != null) {
			producer.close(Duration.ofSeconds(5));
		}
		admin.close(Duration.ofSeconds(5));
	}

}
