package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.orderflow.e2e.Orderflow;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 5: records no consumer can ever process, written to the order topic by someone other than the order
 * service. Each goes to each consumer's dead-letter topic after one attempt, and the records behind it flow on.
 */
@Tag("faults")
@FaultLane
@Order(5)
@ExtendWith(SharedOrderflow.class)
class PoisonRecordIT {

	static final List<String> SERVICES = List.of("shipping", "invoicing");

	static final int ORDERS_AFTER = 1000;

	final Orderflow orderflow;

	PoisonRecordIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void poisonRecordsOfFiveKindsAreDeadLetteredAfterOneAttemptWithoutAHotLoopAndLaterOrdersFlow() {
		Map<String, byte[]> poison = new LinkedHashMap<>();
		poison.put("not JSON", "this is not JSON {".getBytes(StandardCharsets.UTF_8));
		poison.put("JSON of the wrong shape", "[{\"orderId\": [1, 2]}]".getBytes(StandardCharsets.UTF_8));
		poison.put("missing required fields", "{\"orderId\": 7}".getBytes(StandardCharsets.UTF_8));
		poison.put("null value", null);
		poison.put("enormous value", enormous());
		Map<String, ServiceProcess> consumers = consumers();
		Map<String, Double> deadLetters = counters(consumers, ServiceProcess.DEAD_LETTERS);
		Map<String, Double> failedAttempts = counters(consumers, ServiceProcess.FAILED_ATTEMPTS);
		Map<String, Long> cpuBefore = cpuMillis(consumers);
		long began = System.nanoTime();
		try (Broker broker = Broker.of(orderflow)) {
			Map<String, Long> deadLetterRecords = Map.of("shipping", broker.recordCount(deadLetterTopic("shipping")),
					"invoicing", broker.recordCount(deadLetterTopic("invoicing")));
			Map<String, RecordMetadata> sent = new LinkedHashMap<>();
			poison.forEach((kind, value) -> sent.put(kind,
					broker.send("poison " + kind, value, InjectedOrders.HEADERS)));

			for (String service : SERVICES) {
				await().atMost(Duration.ofMinutes(2)).until(
						() -> broker.recordCount(deadLetterTopic(service))
								== deadLetterRecords.get(service) + poison.size());
			}
			// No retries, no second dead letter, no loop: for a while after, nothing more happens.
			await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
				.until(() -> SERVICES.stream().allMatch(service -> broker.recordCount(deadLetterTopic(service))
						== deadLetterRecords.get(service) + poison.size()));
			long wallMillis = (System.nanoTime() - began) / 1_000_000;
			Map<String, Long> cpuMillis = cpuMillis(consumers);
			for (String service : SERVICES) {
				ServiceProcess consumer = consumers.get(service);
				assertThat(consumer.counter(ServiceProcess.FAILED_ATTEMPTS) - failedAttempts.get(service))
					.as(service + " attempts")
					.isEqualTo(poison.size());
				assertThat(consumer.counter(ServiceProcess.DEAD_LETTERS) - deadLetters.get(service))
					.as(service + " dead letters")
					.isEqualTo(poison.size());
				long cpu = cpuMillis.get(service) - cpuBefore.get(service);
				assertThat(cpu).as("%s CPU time over %d ms of wall time (half a core at most)", service, wallMillis)
					.isLessThan(wallMillis / 2);
				assertDeadLetters(broker, service, sent);
				assertStored(consumer, poison.keySet());
			}

			Map<Long, BigDecimal> accepted;
			try (OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS_AFTER, 50)) {
				accepted = load.awaitFinished(Duration.ofMinutes(3)).accepted();
			}
			assertThat(accepted).as("accepted orders").hasSize(ORDERS_AFTER);
			Database database = new Database(orderflow.status());
			Deliveries.awaitShippedAndInvoiced(database, accepted.keySet(), Duration.ofMinutes(3));
			Deliveries.assertExactlyOnce(database, accepted);

			FaultReport.record("5. poison records of " + poison.size() + " kinds, then " + ORDERS_AFTER + " orders",
					("each of %s: 1 attempt and 1 dead letter per consumer (with exception, original topic, "
							+ "partition, offset), listed by /api/dead-letters; consumer CPU over the %d s after them: "
							+ "shipping %d ms, invoicing %d ms; %d later orders: %d shipments, %d invoices")
						.formatted(String.join(", ", poison.keySet()), wallMillis / 1000,
								cpuMillis.get("shipping") - cpuBefore.get("shipping"),
								cpuMillis.get("invoicing") - cpuBefore.get("invoicing"), accepted.size(),
								database.rows("shipping.shipment", accepted.keySet()),
								database.rows("invoicing.invoice", accepted.keySet())));
		}
	}

	/**
	 * A well-formed event whose customer name is a million characters: the broker takes it (it is under its 1 MiB
	 * limit), Jackson reads it, the database refuses the name.
	 */
	private static byte[] enormous() {
		String event = InjectedOrders.contract().replace("\"name\": \"Grace Hopper\"",
				"\"name\": \"" + "Grace Hopper ".repeat(1_000_000 / 13) + "\"");
		return event.replace("\"orderId\": 42", "\"orderId\": " + InjectedOrders.nextId())
			.getBytes(StandardCharsets.UTF_8);
	}

	private void assertDeadLetters(Broker broker, String service, Map<String, RecordMetadata> sent) {
		List<ConsumerRecord<String, byte[]>> dead = broker.readAll(deadLetterTopic(service), Integer.MAX_VALUE,
				Duration.ofSeconds(5));
		sent.forEach((kind, metadata) -> {
			ConsumerRecord<String, byte[]> letter = dead.stream()
				.filter(record -> record.key().equals("poison " + kind))
				.reduce((first, second) -> second)
				.orElseThrow(() -> new AssertionError("no dead letter in " + service + " for " + kind));
			assertThat(header(letter, "kafka_dlt-exception-fqcn")).as(kind).isNotBlank();
			assertThat(header(letter, "kafka_dlt-exception-message")).as(kind).isNotBlank();
			assertThat(header(letter, "kafka_dlt-original-topic")).as(kind).isEqualTo(Broker.ORDER_TOPIC);
			assertThat(number(letter, "kafka_dlt-original-partition")).as(kind).isEqualTo(metadata.partition());
			assertThat(number(letter, "kafka_dlt-original-offset")).as(kind).isEqualTo(metadata.offset());
		});
	}

	/** The consumer read its dead letters back into its table, and lists them with their reason. */
	private static void assertStored(ServiceProcess consumer, Set<String> kinds) {
		Map<String, JsonNode> stored = new HashMap<>();
		await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
			JsonNode letters = JsonMapper.shared().readTree(consumer.get("/api/dead-letters?size=100"));
			letters.get("content").forEach(letter -> stored.put(letter.get("key").asString(), letter));
			assertThat(stored.keySet()).as(consumer.service() + " dead letters")
				.containsAll(kinds.stream().map(kind -> "poison " + kind).toList());
		});
		kinds.forEach(kind -> {
			JsonNode letter = stored.get("poison " + kind);
			assertThat(letter.get("exception").asString()).as(kind).isNotBlank();
			assertThat(letter.get("originalTopic").asString()).as(kind).isEqualTo(Broker.ORDER_TOPIC);
		});
	}

	private Map<String, ServiceProcess> consumers() {
		return Map.of("shipping", ServiceProcess.of(orderflow, "shipping-1"), "invoicing",
				ServiceProcess.of(orderflow, "invoicing-1"));
	}

	private static Map<String, Double> counters(Map<String, ServiceProcess> consumers, String name) {
		return Map.of("shipping", consumers.get("shipping").counter(name), "invoicing",
				consumers.get("invoicing").counter(name));
	}

	private static Map<String, Long> cpuMillis(Map<String, ServiceProcess> consumers) {
		return Map.of("shipping", consumers.get("shipping").cpuTime().toMillis(), "invoicing",
				consumers.get("invoicing").cpuTime().toMillis());
	}

	private static String deadLetterTopic(String service) {
		return Broker.ORDER_TOPIC + "." + service + ".dlt";
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static long number(ConsumerRecord<String, byte[]> record, String name) {
		byte[] value = record.headers().lastHeader(name).value();
		return value.length == 4 ? ByteBuffer.wrap(value).getInt() : ByteBuffer.wrap(value).getLong();
	}

}
