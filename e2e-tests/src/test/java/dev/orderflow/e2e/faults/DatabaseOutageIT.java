package dev.orderflow.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 4: PostgreSQL is stopped for 30 seconds while records wait for the consumers. A database outage is
 * transient: the consumers retry with backoff and commit nothing past a record they could not store, however long it
 * lasts. The order service cannot publish while its own database is down, so the test writes those records itself.
 */
@Tag("faults")
@FaultLane
@Order(4)
@ExtendWith(SharedOrderflow.class)
class DatabaseOutageIT {

	static final int RECORDS = 500;

	static final Duration OUTAGE = Duration.ofSeconds(30);

	final Orderflow orderflow;

	DatabaseOutageIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void recordsArrivingWhileTheDatabaseIsDownAreRetriedUntilItIsBackAndNoneIsSkipped() {
		Database database = new Database(orderflow.status());
		ServiceProcess shipping = ServiceProcess.of(orderflow, "shipping-1");
		ServiceProcess invoicing = ServiceProcess.of(orderflow, "invoicing-1");
		double shippingDeadLetters = shipping.counter(ServiceProcess.DEAD_LETTERS);
		double invoicingDeadLetters = invoicing.counter(ServiceProcess.DEAD_LETTERS);
		double shippingAttempts = shipping.counter(ServiceProcess.FAILED_ATTEMPTS);
		try (Broker broker = Broker.of(orderflow)) {
			await().atMost(Duration.ofMinutes(1)).until(() -> broker.caughtUp("shipping", "invoicing"));
			orderflow.run("stop", "postgres");
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < RECORDS; i++) {
				long id = InjectedOrders.nextId();
				broker.send(id + "created", InjectedOrders.event(id), InjectedOrders.HEADERS);
				ids.add(id);
			}

			await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(1))
				.until(() -> broker.lag("shipping") >= RECORDS && broker.lag("invoicing") >= RECORDS);
			double failedAttempts = shipping.counter(ServiceProcess.FAILED_ATTEMPTS) - shippingAttempts;
			assertThat(failedAttempts).as("shipping kept trying").isPositive();
			assertThat(shipping.health("readiness")).as("a consumer without its database is not ready").isEqualTo(503);
			assertThat(shipping.health("liveness")).as("but alive").isEqualTo(200);
			orderflow.run("start", "postgres");

			Deliveries.awaitShippedAndInvoiced(database, ids, Duration.ofMinutes(3));
			await().atMost(Duration.ofMinutes(1)).until(() -> broker.caughtUp("shipping", "invoicing"));
			assertThat(shipping.counter(ServiceProcess.DEAD_LETTERS)).as("shipping dead letters")
				.isEqualTo(shippingDeadLetters);
			assertThat(invoicing.counter(ServiceProcess.DEAD_LETTERS)).as("invoicing dead letters")
				.isEqualTo(invoicingDeadLetters);
			assertThat(database.rows("shipping.shipment", ids)).isEqualTo(RECORDS);
			assertThat(database.rows("invoicing.invoice", ids)).isEqualTo(RECORDS);

			FaultReport.record("4. PostgreSQL stopped for " + OUTAGE.toSeconds() + " s with " + RECORDS
					+ " records waiting",
					("during the outage: 0 records committed by either group, %.0f failed attempts by shipping, "
							+ "retried; after it: %d shipments, %d invoices, 0 dead letters, 0 skipped, lag 0")
						.formatted(failedAttempts, database.rows("shipping.shipment", ids),
								database.rows("invoicing.invoice", ids)));
		}
	}

}
