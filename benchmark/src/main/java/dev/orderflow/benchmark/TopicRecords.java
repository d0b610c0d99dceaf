package dev.orderflow.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How large the records on the order topic are: the broker's log size per record (value, key, headers and batch
 * overhead, from {@code describeLogDirs}) and the average value alone, from a sample read from the beginning. The two
 * event formats differ in the value; the rest is the same for both.
 *
 * @param records records on the topic (end minus start offsets)
 * @param logBytesPerRecord the partitions' log size divided by the records
 * @param valueBytes the average value size of up to {@value #SAMPLE} records read from the start
 */
record TopicRecords(long records, double logBytesPerRecord, double valueBytes) {

	static final int SAMPLE = 2000;

	private static final long TIMEOUT_SECONDS = 30;

	static TopicRecords measure(String bootstrapServers, String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic)
				.partitions()
				.forEach(p -> {
					earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
					latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
				});
			long records = offsets(admin, latest) - offsets(admin, earliest);
			List<Integer> brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
				.map(Node::id)
				.toList();
			long bytes = admin.describeLogDirs(brokers).allDescriptions().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
				.values()
				.stream()
				.flatMap(dirs -> dirs.values().stream())
				.flatMap(dir -> dir.replicaInfos().entrySet().stream())
				.filter(replica -> replica.getKey().topic().equals(topic))
				.mapToLong(replica -> replica.getValue().size())
				.sum();
			return new TopicRecords(records, records == 0 ? 0 : (double) bytes / records,
					sampleValueBytes(bootstrapServers, latest.keySet()));
		}
	}

	private static long offsets(Admin admin, Map<TopicPartition, OffsetSpec> spec) throws Exception {
		return admin.listOffsets(spec).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
			.mapToLong(o -> o.offset())
			.sum();
	}

	private static double sampleValueBytes(String bootstrapServers, Set<TopicPartition> partitions) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "bench-sizes-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		long count = 0;
		long bytes = 0;
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(TIMEOUT_SECONDS).toNanos();
			while (count < SAMPLE && System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.value() != null && count < SAMPLE) {
						count++;
						bytes += record.value().length;
					}
				}
			}
		}
		return count == 0 ? 0 : (double) bytes / count;
	}

}
