package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the consumers made of a set of orders: waiting for it, and checking that nothing is missing or doubled. */
final class Deliveries {

	private Deliveries() {
	}

	/** Waits until every one of the orders has both a shipment and an invoice. */
	static void awaitShippedAndInvoiced(Database database, Collection<Long> orders, Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> database.shipped(orders).size() == orders.size()
					&& database.invoiced(orders).size() == orders.size());
	}

	/**
	 * Each order has exactly one shipment and one invoice, each with the order's two lines, and the invoice has the
	 * total the order service answered with.
	 */
	static void assertExactlyOnce(Database database, Map<Long, BigDecimal> orders) {
		Set<Long> ids = orders.keySet();
		assertThat(database.shipped(ids)).as("orders with a shipment").containsExactlyInAnyOrderElementsOf(ids);
		assertThat(database.invoiced(ids)).as("orders with an invoice").containsExactlyInAnyOrderElementsOf(ids);
		assertThat(database.rows("shipping.shipment", ids)).as("shipments").isEqualTo(ids.size());
		assertThat(database.rows("invoicing.invoice", ids)).as("invoices").isEqualTo(ids.size());
		assertThat(database.rows("shipping.shipment_line", ids)).as("shipment lines").isEqualTo(2L * ids.size());
		assertThat(database.rows("invoicing.invoice_line", ids)).as("invoice lines").isEqualTo(2L * ids.size());
		Map<Long, BigDecimal> invoiced = database.invoiceTotals(ids);
		orders.forEach((id, total) -> assertThat(invoiced.get(id)).as("invoice total of order " + id)
			.isEqualByComparingTo(total));
	}

}
