package dev.orderflow.shipping.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.ShipmentEvent;
import dev.orderflow.shipping.ShipmentEvents;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.ShipmentStatus;
import dev.orderflow.shipping.Shipments;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import dev.orderflow.testsupport.OrderLifecycleRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Changes and cancellations from the real broker, applied to the shipments in the real database. One partition, so a
 * later record being processed proves the earlier ones were handled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ShippingLifecycleIntegrationTest {

	static final IsolatedService service = new IsolatedService("shipping");

	static final AtomicLong orderIds = new AtomicLong(2000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopic() {
		service.createTopic(1);
	}

	@Autowired
	Shipments shipments;

	@Autowired
	ShipmentEvents events;

	@Autowired
	ShipmentLifecycle lifecycle;

	@Test
	void aChangeMovesTheShipmentAndACancellationCancelsItEachOnceHoweverOftenDelivered() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		UUID changed = UUID.randomUUID();
		String change = OrderLifecycleRecords.json("OrderChanged", orderId);
		OrderLifecycleRecords.send(service, "OrderChanged", orderId, changed, change);
		OrderLifecycleRecords.send(service, "OrderChanged", orderId, changed, change);
		OrderLifecycleRecords.send(service, "OrderCancelled", orderId);

		await().atMost(Duration.ofSeconds(30)).until(() -> shipments.findByOrderId(orderId)
			.filter(s -> s.status() == ShipmentStatus.CANCELLED).isPresent());

		assertThat(shipments.findByOrderId(orderId).orElseThrow().address())
			.isEqualTo(new Address("3 Quay Street", "02139", "Cambridge"));
		assertThat(events.of(orderId)).extracting(ShipmentEvent::type, ShipmentEvent::outcome)
			.containsExactly(tuple("OrderChanged", ShipmentEvent.Outcome.APPLIED),
					tuple("OrderCancelled", ShipmentEvent.Outcome.APPLIED));
	}

	@Test
	void afterDispatchAChangeAndACancellationArriveTooLateAndAreRecordedNotApplied() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		await().atMost(Duration.ofSeconds(30)).until(() -> shipments.findByOrderId(orderId).isPresent());
		assertThat(lifecycle.dispatch(orderId)).contains(ShipmentStatus.DISPATCHED);

		OrderLifecycleRecords.send(service, "OrderChanged", orderId);
		OrderLifecycleRecords.send(service, "OrderCancelled", orderId);

		await().atMost(Duration.ofSeconds(30)).until(() -> events.of(orderId).size() == 2);
		assertThat(events.of(orderId)).extracting(ShipmentEvent::outcome)
			.containsOnly(ShipmentEvent.Outcome.TOO_LATE);
		assertThat(shipments.findByOrderId(orderId).orElseThrow()).satisfies(shipment -> {
			assertThat(shipment.status()).isEqualTo(ShipmentStatus.DISPATCHED);
			assertThat(shipment.address().street()).isEqualTo("1 Harbour Road");
		});
	}

	@Test
	void aChangeOfAnOrderShippingNeverSawGoesToTheDeadLetterTopicWithItsReasonAndLaterEventsStillFlow() {
		long unknown = orderIds.incrementAndGet();
		long known = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, known);
		OrderLifecycleRecords.send(service, "OrderChanged", unknown);
		OrderLifecycleRecords.send(service, "OrderChanged", known);

		await().atMost(Duration.ofSeconds(30)).until(() -> events.of(known).size() == 1);

		List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.deadLetterTopic(), 1, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().equals(unknown + "changed")).toList(), found -> found.size() == 1);
		assertThat(new String(dead.get(0).headers().lastHeader("orderflow-dlt-reason").value(), StandardCharsets.UTF_8))
			.contains("order " + unknown, "no shipment");
		assertThat(shipments.findByOrderId(unknown)).isEmpty();
	}

}
