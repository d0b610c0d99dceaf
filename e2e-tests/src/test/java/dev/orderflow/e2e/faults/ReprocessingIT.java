package dev.orderflow.e2e.faults;

import java.time.Duration;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 7: both consumer groups are moved back to the start of the order topic, as an operator would to rebuild
 * a view, and read the whole history again: every record of every earlier test, poison records included.
 */
@Tag("faults")
@FaultLane
@Order(7)
@ExtendWith(SharedOrderflow.class)
class ReprocessingIT {

	final Orderflow orderflow;

	ReprocessingIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void replayingTheWholeTopicFromTheStartCreatesNoNewRows() {
		Database database = new Database(orderflow.status());
		try (Broker broker = Broker.of(orderflow); OrderLoad load = OrderLoad.start(orderflow.gatewayPort, 200, 50)) {
			Deliveries.awaitShippedAndInvoiced(database, load.awaitFinished(Duration.ofMinutes(2)).accepted().keySet(),
					Duration.ofMinutes(2));
			await().atMost(Duration.ofMinutes(1)).until(() -> broker.caughtUp("shipping", "invoicing"));
			long[] before = rows(database);

			orderflow.run("stop", "shipping", "invoicing");
			// The group coordinator accepts new offsets only once the stopped members have left the group.
			await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
				broker.resetToEarliest("shipping");
				broker.resetToEarliest("invoicing");
				return true;
			});
			long history = broker.recordCount(Broker.ORDER_TOPIC);
			assertThat(broker.lag("shipping")).as("records shipping will read again").isEqualTo(history);
			assertThat(broker.lag("invoicing")).as("records invoicing will read again").isEqualTo(history);
			orderflow.run("start", "shipping", "invoicing");

			await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
				.until(() -> broker.lag("shipping") == 0 && broker.lag("invoicing") == 0);
			// Poison records are dead-lettered again; the stored dead letters are keyed by their original offset.
			assertThat(rows(database)).as("shipments, shipment lines, invoices, invoice lines, dead letters")
				.containsExactly(before);

			FaultReport.record("7. both groups reset to the earliest offset",
					("%d records read again by each group; rows before and after: %d shipments, %d shipment lines, "
							+ "%d invoices, %d invoice lines, %d + %d stored dead letters; 0 new rows")
						.formatted(history, before[0], before[1], before[2], before[3], before[4], before[5]));
		}
	}

	private static long[] rows(Database database) {
		return new long[] { database.rows("shipping.shipment"), database.rows("shipping.shipment_line"),
				database.rows("invoicing.invoice"), database.rows("invoicing.invoice_line"),
				database.rows("shipping.dead_letter"), database.rows("invoicing.dead_letter") };
	}

}
