package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 3: the Kafka broker process is stopped for 30 seconds while clients place orders. The order service
 * needs only its database to accept an order; the events wait in its event log, unpublished, until the broker is back.
 */
@Tag("faults")
@FaultLane
@Order(3)
@ExtendWith(SharedOrderflow.class)
class BrokerOutageIT {

	static final int ORDERS = 1000;

	static final Duration OUTAGE = Duration.ofSeconds(30);

	final Orderflow orderflow;

	BrokerOutageIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void ordersAreAcceptedWhileTheBrokerIsDownAndAllDeliveredOnceItIsBack() {
		Database database = new Database(orderflow.status());
		ServiceProcess order = ServiceProcess.of(orderflow, "order-1");
		ServiceProcess shipping = ServiceProcess.of(orderflow, "shipping-1");
		try (OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS, 25)) {
			await().atMost(Duration.ofMinutes(2)).until(() -> load.acceptedCount() >= ORDERS / 10);
			orderflow.run("stop", "kafka");
			Instant stopped = Instant.now();
			int acceptedBefore = load.acceptedCount();

			await().during(OUTAGE).atMost(OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1))
				.until(() -> load.failed() == 0);
			long[] events = database.eventsSince(stopped);
			assertThat(events[0]).as("orders accepted without a broker").isPositive();
			assertThat(events[1]).as("their events, all still unpublished").isEqualTo(events[0]);
			assertThat(order.health("readiness")).as("order stays ready").isEqualTo(200);
			assertThat(shipping.health("readiness")).as("a consumer without its broker is not ready").isEqualTo(503);
			assertThat(shipping.health("liveness")).as("but alive").isEqualTo(200);
			int acceptedDuringOutage = load.acceptedCount() - acceptedBefore;
			orderflow.run("start", "kafka");

			load.awaitFinished(Duration.ofMinutes(3));
			Map<Long, BigDecimal> accepted = load.accepted();
			assertThat(load.failed()).as("orders not accepted: " + load.failures()).isZero();
			assertThat(accepted).hasSize(ORDERS);
			Deliveries.awaitShippedAndInvoiced(database, accepted.keySet(), Duration.ofMinutes(3));
			Deliveries.assertExactlyOnce(database, accepted);
			await().atMost(Duration.ofMinutes(1)).until(() -> database.unpublishedEvents() == 0);

			FaultReport.record("3. Kafka broker stopped for " + OUTAGE.toSeconds() + " s during " + ORDERS + " orders",
					("%d of %d orders answered 201, %d of them while the broker was down, whose %d events stayed "
							+ "unpublished until it was back; then %d shipments, %d invoices, 0 missing, "
							+ "0 doubled, 0 events unpublished")
						.formatted(accepted.size(), ORDERS, acceptedDuringOutage, events[1],
								database.rows("shipping.shipment", accepted.keySet()),
								database.rows("invoicing.invoice", accepted.keySet())));
		}
	}

}
