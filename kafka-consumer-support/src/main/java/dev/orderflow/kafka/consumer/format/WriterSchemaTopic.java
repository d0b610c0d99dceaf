package dev.orderflow.kafka.consumer.format;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaParseException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writers' schemas, read from the compacted schema topic: key the schema's fingerprint (16 hex digits, Avro's
 * CRC-64 of its parsing canonical form), value the schema's JSON. The order service publishes a schema there before
 * the first record written with it, so reading the topic up to its end after such a record arrived finds the
 * schema if it was ever published. Read without a consumer group, from the beginning, only when a fingerprint is not
 * known yet.
 */
final class WriterSchemaTopic implements SchemaStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WriterSchemaTopic.class);

	private static final Duration CATCH_UP = Duration.ofSeconds(10);

	private final Map<String, Object> connection;

	private final String topic;

	private final Map<Long, Schema> schemas = new ConcurrentHashMap<>();

	private KafkaConsumer<String, String> consumer;

	/**
	 * @param connection where the broker is and how to log in to it ({@link #connectionSettings})
	 */
	WriterSchemaTopic(Map<String, Object> connection, String topic) {
		this.connection = Map.copyOf(connection);
		this.topic = topic;
	}

	/**
	 * The settings of a consumer's configuration that say how to reach and log in to the broker: the bootstrap
	 * servers and every {@code security.*}, {@code sasl.*} and {@code ssl.*} setting, so that the schema topic is read
	 * over the same SASL_SSL connection as the order topic. Its group, deserializers and the rest stay the listener's.
	 */
	static Map<String, Object> connectionSettings(Map<String, ?> configs) {
		Map<String, Object> connection = new HashMap<>();
		configs.forEach((name, value) -> {
			if (value != null && (name.equals(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG) || name.startsWith("security.")
					|| name.startsWith("sasl.") || name.startsWith("ssl."))) {
				connection.put(name, value);
			}
		});
		return connection;
	}

	@Override
	public synchronized Schema findByFingerprint(long fingerprint) {
		Schema schema = schemas.get(fingerprint);
		if (schema == null) {
			try {
				catchUp();
			}
			catch (KafkaException ex) {
				throw new SerializationException(this + " could not be read: " + ex.getMessage(), ex);
			}
			schema = schemas.get(fingerprint);
		}
		return schema;
	}

	private void catchUp() {
		if (consumer == null) {
			Map<String, Object> config = new HashMap<>(connection);
			config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
			consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
		}
		if (consumer.assignment().isEmpty()) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, CATCH_UP)
				.stream()
				.map(p -> new TopicPartition(topic, p.partition()))
				.toList();
			if (partitions.isEmpty()) {
				return;
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
		}
		Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), CATCH_UP);
		long deadline = System.nanoTime() + CATCH_UP.toNanos();
		while (!reached(end) && System.nanoTime() < deadline) {
			consumer.poll(Duration.ofMillis(200)).forEach(this::add);
		}
	}

	private boolean reached(Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
	}

	private void add(ConsumerRecord<String, String> record) {
		if (record.value() == null || record.key() == null) {
			return;
		}
		try {
			Schema schema = new Schema.Parser().parse(record.value());
			long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
			if (!String.format("%016x", fingerprint).equals(record.key())) {
				log.warn("Schema on {} under key {} has fingerprint {}; ignored", topic, record.key(),
						String.format("%016x", fingerprint));
				return;
			}
			schemas.put(fingerprint, schema);
		}
		catch (SchemaParseException ex) {
			log.warn("Record {} on {} is no Avro schema; ignored: {}", record.offset(), topic, ex.getMessage());
		}
	}

	@Override
	public synchronized void close() {
		if (consumer != null) {
			consumer.close();
		}
	}

	@Override
	public String toString() {
		return "schema topic " + topic;
	}

}
