package dev.orderflow.orderstate.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.orderflow.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A fresh reader of the state topic, without a group: every record still on it, from the start to the end. */
final class StateTopicReader {

	/** A record as a reader sees it; {@code value} is null for a tombstone. */
	record Entry(long offset, String key, String value) {
	}

	private StateTopicReader() {
	}

	static List<Entry> readAll(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<Entry> entries = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(p -> new TopicPartition(topic, p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					entries.add(new Entry(record.offset(), record.key(),
							record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
				}
			}
		}
		return entries;
	}

	/** What a reader rebuilds: the last value per key, with tombstoned keys gone. */
	static Map<String, String> latest(List<Entry> entries) {
		Map<String, String> state = new HashMap<>();
		for (Entry entry : entries) {
			if (entry.value() == null) {
				state.remove(entry.key());
			}
			else {
				state.put(entry.key(), entry.value());
			}
		}
		return Collections.unmodifiableMap(state);
	}

	/** How many records were ever written to the topic, compacted away or not. */
	static long written(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(p -> new TopicPartition(topic, p.partition()))
				.toList();
			return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	static List<Entry> of(List<Entry> entries, String key) {
		return entries.stream().filter(e -> e.key().equals(key)).toList();
	}

	static long count(List<Entry> entries, String key) {
		return entries.stream().filter(e -> e.key().equals(key)).count();
	}

}
