package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 8: the shipping group grows from one instance to three while orders flow, so its five partitions are
 * taken away from the first instance and spread over three while records are in flight.
 */
@Tag("faults")
@FaultLane
@Order(8)
@ExtendWith(SharedOrderflow.class)
class ConsumerScalingIT {

	static final int ORDERS = 2000;

	final Orderflow orderflow;

	ConsumerScalingIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void scalingShippingFromOneToThreeInstancesInTheMiddleOfTheFlowLosesAndDoublesNothing() throws IOException {
		Database database = new Database(orderflow.status());
		// Three quarters of the orders at most until the new instances are ready, so that however long they take to
		// start on a busy machine, the last quarter still flows once the partitions have moved to them.
		try (Broker broker = Broker.of(orderflow);
				OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS, 50).limit(ORDERS * 3 / 4)) {
			await().atMost(Duration.ofMinutes(2))
				.until(() -> database.shipped(load.accepted().keySet()).size() >= ORDERS / 4);
			int shippedBefore = database.shipped(load.accepted().keySet()).size();
			int sentWhenScaled = load.sent();
			orderflow.run("start", "shipping", "--scale", "shipping=3");
			load.limit(ORDERS);

			Map<Long, BigDecimal> accepted = load.awaitFinished(Duration.ofMinutes(3)).accepted();
			assertThat(accepted).as("accepted orders; failures: " + load.failures()).hasSize(ORDERS);
			Deliveries.awaitShippedAndInvoiced(database, accepted.keySet(), Duration.ofMinutes(3));
			Deliveries.assertExactlyOnce(database, accepted);
			await().atMost(Duration.ofMinutes(1)).until(() -> broker.lag("shipping") == 0);
			for (String instance : new String[] { "shipping-2", "shipping-3" }) {
				assertThat(Files.readString(orderflow.logFile(instance))).as(instance + " took part")
					.contains(instance + " in group shipping now holds partitions [order-");
			}

			FaultReport.record("8. shipping scaled from 1 to 3 instances during " + ORDERS + " orders",
					("scaled after %d orders were sent and %d shipped; all 3 instances held partitions; %d "
							+ "shipments, %d invoices, 0 missing, 0 doubled; %d redeliveries absorbed; lag 0")
						.formatted(sentWhenScaled, shippedBefore, database.rows("shipping.shipment", accepted.keySet()),
								database.rows("invoicing.invoice", accepted.keySet()),
								Redeliveries.count(orderflow, "shipping", accepted.keySet())));
		}
	}

}
