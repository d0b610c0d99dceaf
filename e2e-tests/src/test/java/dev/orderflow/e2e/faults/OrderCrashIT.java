package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
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
 * Fault test 2: the order service is killed with SIGKILL three times while clients place orders. An order either
 * committed with its event (and is then shipped and invoiced once, whether or not its client saw the 201) or not at
 * all (and then nothing is shipped or invoiced for it).
 */
@Tag("faults")
@Order(2)
@ExtendWith(SharedOrderflow.class)
class OrderCrashIT {

	static final int ORDERS = 1000;

	static final int KILLS = 3;

	final Orderflow orderflow;

	OrderCrashIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void killingTheOrderServiceRepeatedlyLeavesEachCommittedOrderWithExactlyOneShipmentAndOneInvoice() {
		Database database = new Database(orderflow.status());
		long lastBefore = database.lastOrderId();
		try (OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS, 50, true)) {
			for (int kill = 1; kill <= KILLS; kill++) {
				int sent = kill * ORDERS / (KILLS + 1);
				await().atMost(Duration.ofMinutes(3)).until(() -> load.sent() >= sent);
				orderflow.kill("order-1");
				orderflow.run("start", "order-1");
			}
			load.awaitFinished(Duration.ofMinutes(3));

			Map<Long, BigDecimal> committed = database.ordersAfter(lastBefore);
			Map<Long, BigDecimal> accepted = load.accepted();
			assertThat(committed).as("every 201 the clients saw is a committed order").containsAllEntriesOf(accepted);
			Deliveries.awaitShippedAndInvoiced(database, committed.keySet(), Duration.ofMinutes(3));
			Deliveries.assertExactlyOnce(database, committed);
			assertThat(database.shippedAfter(lastBefore)).as("nothing shipped for an order that was not committed")
				.containsExactlyInAnyOrderElementsOf(committed.keySet());
			assertThat(database.invoicedAfter(lastBefore)).as("nothing invoiced for an order that was not committed")
				.containsExactlyInAnyOrderElementsOf(committed.keySet());

			FaultReport.record("2. kill -9 order " + KILLS + " times during " + ORDERS + " orders",
					("%d requests: %d answered 201, %d failed %s; %d committed (%d of them without the client "
							+ "seeing the 201); %d shipments, %d invoices, none for an uncommitted order")
						.formatted(load.sent(), accepted.size(), load.failed(), load.failures(), committed.size(),
								committed.size() - accepted.size(),
								database.rows("shipping.shipment", committed.keySet()),
								database.rows("invoicing.invoice", committed.keySet())));
		}
	}

}
