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
@FaultLane
@Order(2)
@ExtendWith(SharedOrderflow.class)
class OrderCrashIT {

	static final int ORDERS = 1000;

	static final int KILLS = 3;

	static final int STEP = ORDERS / (KILLS + 1);

	final Orderflow orderflow;

	OrderCrashIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void killingTheOrderServiceRepeatedlyLeavesEachCommittedOrderWithExactlyOneShipmentAndOneInvoice() {
		Database database = new Database(orderflow.status());
		long lastBefore = database.lastOrderId();
		// Known before each kill (looked up now, then read from what start prints): a status call starts a JVM, which
		// may take seconds on a busy machine.
		long pid = orderflow.pid("order-1");
		// Orders are let through up to half a step past each kill, so that however slow the machine, they flow at
		// each kill and after it rather than all before the first.
		try (OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS, 50, true).limit(STEP + STEP / 2)) {
			for (int kill = 1; kill <= KILLS; kill++) {
				int sent = kill * STEP;
				await().atMost(Duration.ofMinutes(3)).until(() -> load.sent() >= sent);
				orderflow.kill("order-1", pid);
				load.limit(sent + STEP + STEP / 2);
				pid = LeaderKillIT.startedPid(orderflow.run("start", "order-1"));
			}
			load.limit(ORDERS);
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
