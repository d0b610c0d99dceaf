package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 1: a consumer is killed with SIGKILL (no shutdown, no offset commit) while orders flow, and started again.
 * Records it had handled but not yet committed come again; its primary key absorbs them.
 */
@Tag("faults")
@FaultLane
@Order(1)
@ExtendWith(SharedOrderflow.class)
class ConsumerCrashIT {

	static final int ORDERS = 1000;

	final Orderflow orderflow;

	ConsumerCrashIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@ParameterizedTest(name = "kill -9 {0}")
	@ValueSource(strings = { "shipping", "invoicing" })
	void aConsumerKilledWhileOrdersFlowHandlesEveryOrderExactlyOnceAfterItsRestart(String service) {
		Database database = new Database(orderflow.status());
		String instance = service + "-1";
		// Looked up now: a status call starts a JVM, which may take seconds on a busy machine.
		long pid = orderflow.pid(instance);
		// Half the orders at most until the kill, so that however slow the machine, the other half flows after it.
		try (Broker broker = Broker.of(orderflow);
				OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS, 50).limit(ORDERS / 2)) {
			await().atMost(Duration.ofMinutes(2))
				.until(() -> handled(database, service, load.accepted().keySet()) >= ORDERS * 3 / 10);
			orderflow.kill(instance, pid);
			long handledBeforeTheKill = handled(database, service, load.accepted().keySet());
			load.limit(ORDERS);
			orderflow.run("start", instance);
			load.awaitFinished(Duration.ofMinutes(3));

			Map<Long, BigDecimal> accepted = load.accepted();
			assertThat(accepted).as("accepted orders; failures: " + load.failures()).hasSize(ORDERS);
			Deliveries.awaitShippedAndInvoiced(database, accepted.keySet(), Duration.ofMinutes(3));
			Deliveries.assertExactlyOnce(database, accepted);
			await().atMost(Duration.ofMinutes(1)).until(() -> broker.lag(service) == 0);

			FaultReport.record("1. kill -9 " + instance + " during " + ORDERS + " orders, restart",
					("%d orders accepted; killed after %d were handled; %d shipments, %d invoices, 0 missing, 0 "
							+ "doubled; %d redeliveries absorbed; lag of group %s 0")
						.formatted(accepted.size(), handledBeforeTheKill,
								database.rows("shipping.shipment", accepted.keySet()),
								database.rows("invoicing.invoice", accepted.keySet()),
								Redeliveries.count(orderflow, service, accepted.keySet()), service));
		}
	}

	private static long handled(Database database, String service, Set<Long> orders) {
		return service.equals("shipping") ? database.shipped(orders).size() : database.invoiced(orders).size();
	}

}
