package dev.orderflow.bonus.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import dev.orderflow.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Order events as the order service's relay writes them (contract {@code contracts/}): the example events with ids,
 * customer and total of the test's choosing, keyed {@code <id>created}, {@code <id>changed}, {@code <id>cancelled},
 * with the relay's headers, and sent to the partition where every event of that order goes.
 */
final class OrderEvents {

	/** One record to send; {@code partitionOf} decides the partition from the order id, as the relay does. */
	record Event(long orderId, String key, byte[] value, Map<String, String> headers) {
	}

	private OrderEvents() {
	}

	static Event created(long orderId, long customerId, BigDecimal total) {
		String json = replace(replace(contract("order-created.v1.json"), "\"orderId\": 42", "\"orderId\": " + orderId),
				"\"id\": 2, \"name\": \"Grace Hopper\"", "\"id\": " + customerId + ", \"name\": \"Customer " + customerId + "\"");
		return json(orderId, "created", "OrderCreated", replace(json, "\"total\": 113.97", "\"total\": " + total.toPlainString()));
	}

	static Event cancelled(long orderId) {
		return json(orderId, "cancelled", "OrderCancelled",
				replace(contract("order-cancelled.v1.json"), "\"orderId\": 42", "\"orderId\": " + orderId));
	}

	static Event changed(long orderId) {
		return json(orderId, "changed", "OrderChanged",
				replace(contract("order-changed.v1.json"), "\"orderId\": 42", "\"orderId\": " + orderId));
	}

	static Event avroCreated(long orderId, byte[] avro, int version) {
		return new Event(orderId, orderId + "created", avro, Map.of("event-type", "OrderCreated", "event-version",
				String.valueOf(version), "event-id", UUID.randomUUID().toString(), "content-type", "avro/binary"));
	}

	static Event json(long orderId, String suffix, String type, String json) {
		return new Event(orderId, orderId + suffix, json.getBytes(StandardCharsets.UTF_8), Map.of("event-type", type,
				"event-version", "1", "event-id", UUID.randomUUID().toString(), "content-type", "application/json"));
	}

	/** Sends them in this order with one idempotent producer and waits for the broker's acknowledgements. */
	static void send(String topic, int partitions, List<Event> events) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			var sent = events.stream().map(event -> {
				var record = new ProducerRecord<>(topic, partitionOf(event.orderId(), partitions), event.key(),
						event.value());
				event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes()));
				return producer.send(record);
			}).toList();
			producer.flush();
			for (var future : sent) {
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

	/** Where a record keyed with the bare order id would go: the contract's partition for all of an order's events. */
	static int partitionOf(long orderId, int partitions) {
		return Utils.toPositive(Utils.murmur2(Long.toString(orderId).getBytes(StandardCharsets.UTF_8))) % partitions;
	}

	/** Fails rather than send the example unchanged should the contract's wording change. */
	private static String replace(String json, String example, String replacement) {
		if (!json.contains(example)) {
			throw new IllegalStateException("the contract no longer holds " + example);
		}
		return json.replace(example, replacement);
	}

	private static String contract(String name) {
		try {
			return Files.readString(Path.of("../contracts", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
