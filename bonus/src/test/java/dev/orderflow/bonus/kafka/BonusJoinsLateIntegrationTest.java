package dev.orderflow.bonus.kafka;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;
import dev.orderflow.testsupport.AvroContracts;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bonus service joins late: 1,000 order histories (created, some changed, some cancelled, some events delivered
 * twice, JSON and Avro of both versions) are on a fresh five-partition topic before its listener starts. Once started
 * it must reach exactly the points per customer that the records themselves give, computed here from their bytes
 * with Jackson and Avro and the rule of the contract, not with any of the service's code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.kafka.listener.auto-startup=false")
class BonusJoinsLateIntegrationTest {

	static final int PARTITIONS = 5;

	static final IsolatedService service = new IsolatedService("bonus");

	static final List<OrderEvents.Event> history = new ArrayList<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void placeTheHistoryBeforeTheBonusServiceListens() {
		service.createTopic(PARTITIONS);
		service.createSchemaTopic();
		OrderCreatedRecords.publishWriterSchema(service, 1);
		OrderCreatedRecords.publishWriterSchema(service, 2);
		Random random = new Random(8);
		List<Long> toCancel = new ArrayList<>();
		for (long orderId = 1; orderId <= 1000; orderId++) {
			OrderEvents.Event created = orderId % 20 == 0
					? OrderEvents.avroCreated(orderId, OrderCreatedRecords.avro(orderId, (int) (orderId / 20 % 2 + 1)),
							(int) (orderId / 20 % 2 + 1))
					: OrderEvents.created(orderId, 1 + random.nextInt(23), BigDecimal.valueOf(random.nextInt(50_000), 2));
			history.add(created);
			if (orderId % 50 == 0) {
				history.add(created);
			}
			if (random.nextInt(10) == 0) {
				history.add(OrderEvents.changed(orderId));
			}
			if (random.nextInt(4) == 0) {
				toCancel.add(orderId);
			}
			// Cancellations come a while after their order, among the creations of later ones.
			if (toCancel.size() > 10) {
				OrderEvents.Event cancelled = OrderEvents.cancelled(toCancel.remove(0));
				history.add(cancelled);
				if (random.nextInt(8) == 0) {
					history.add(cancelled);
				}
			}
		}
		toCancel.forEach(orderId -> history.add(OrderEvents.cancelled(orderId)));
		OrderEvents.send(service.topic(), PARTITIONS, history);
	}

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	Earnings earnings;

	@Test
	void startedAfterAThousandOrdersItReachesExactlyThePointsTheirEventsGive() {
		Map<Long, Long> expected = pointsPerCustomer(history);
		assertThat(expected).hasSizeGreaterThan(20);
		assertThat(points()).as("nothing booked before the listener starts").isEmpty();

		listeners.getListenerContainers().forEach(MessageListenerContainer::start);

		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(points()).isEqualTo(expected));
	}

	private Map<Long, Long> points() {
		return earnings.customers(PageRequest.of(0, 100))
			.stream()
			.collect(Collectors.toMap(CustomerPoints::customerId, CustomerPoints::points));
	}

	/** floor(total) per order whose history holds no cancellation, summed per customer; repeated events once. */
	private static Map<Long, Long> pointsPerCustomer(List<OrderEvents.Event> events) {
		Map<Long, long[]> orders = new HashMap<>();
		Set<Long> cancelled = new HashSet<>();
		for (OrderEvents.Event event : events) {
			switch (event.headers().get("event-type")) {
				case "OrderCreated" -> orders.put(event.orderId(), customerAndPoints(event));
				case "OrderCancelled" -> cancelled.add(event.orderId());
				default -> {
				}
			}
		}
		Map<Long, Long> points = new HashMap<>();
		orders.forEach((orderId, order) -> {
			if (!cancelled.contains(orderId)) {
				points.merge(order[0], order[1], Long::sum);
			}
			else {
				points.putIfAbsent(order[0], 0L);
			}
		});
		return points;
	}

	private static long[] customerAndPoints(OrderEvents.Event event) {
		BigDecimal total;
		long customer;
		if ("avro/binary".equals(event.headers().get("content-type"))) {
			int version = Integer.parseInt(event.headers().get("event-version"));
			GenericRecord record = decode(event.value(), version);
			customer = (Long) ((GenericRecord) record.get("customer")).get("id");
			ByteBuffer unscaled = (ByteBuffer) record.get(version == 1 ? "total" : "totalAmount");
			byte[] bytes = new byte[unscaled.remaining()];
			unscaled.duplicate().get(bytes);
			total = new BigDecimal(new BigInteger(bytes), 2);
		}
		else {
			JsonNode json = JsonMapper.shared().readTree(event.value());
			customer = json.get("customer").get("id").asLong();
			total = json.get("total").decimalValue();
		}
		return new long[] { customer, total.setScale(0, RoundingMode.FLOOR).longValueExact() };
	}

	private static GenericRecord decode(byte[] avro, int version) {
		try {
			return new BinaryMessageDecoder<GenericRecord>(GenericData.get(), AvroContracts.versions("order-created")
				.get(version)).decode(avro);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
