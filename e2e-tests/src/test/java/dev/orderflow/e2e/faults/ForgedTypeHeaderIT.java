package dev.orderflow.e2e.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test 6: a record whose {@code __TypeId__} header names another class. A consumer that trusted type headers
 * would load that class to deserialize into it; ours read every record into their own fixed type, so the class is
 * never loaded, let alone instantiated. Whether a class was loaded is asked of the consumer's JVM itself.
 */
@Tag("faults")
@FaultLane
@Order(6)
@ExtendWith(SharedOrderflow.class)
class ForgedTypeHeaderIT {

	/** The gadget class of the best-known Jackson deserialization attacks; nothing in a consumer loads it. */
	static final String FORGED_TYPE = "org.springframework.context.support.ClassPathXmlApplicationContext";

	final Orderflow orderflow;

	ForgedTypeHeaderIT(Orderflow orderflow) {
		this.orderflow = orderflow;
	}

	@Test
	void aTypeHeaderNamingAnotherClassIsIgnoredAndThatClassIsNeverLoaded() {
		long id = InjectedOrders.nextId();
		Map<String, String> headers = new LinkedHashMap<>(InjectedOrders.HEADERS);
		headers.put("__TypeId__", FORGED_TYPE);
		try (Broker broker = Broker.of(orderflow)) {
			broker.send(id + "created", InjectedOrders.event(id), headers);
		}

		Database database = new Database(orderflow.status());
		Deliveries.awaitShippedAndInvoiced(database, List.of(id), Duration.ofMinutes(2));
		ServiceProcess shipping = ServiceProcess.of(orderflow, "shipping-1");
		ServiceProcess invoicing = ServiceProcess.of(orderflow, "invoicing-1");
		assertThat(shipping.hasLoaded("dev.orderflow.shipping.Shipment"))
			.as("the check sees the classes a consumer did load").isTrue();
		assertThat(invoicing.hasLoaded("dev.orderflow.invoicing.Invoice")).isTrue();
		assertThat(shipping.hasLoaded(FORGED_TYPE)).as("shipping loaded " + FORGED_TYPE).isFalse();
		assertThat(invoicing.hasLoaded(FORGED_TYPE)).as("invoicing loaded " + FORGED_TYPE).isFalse();

		FaultReport.record("6. a record whose type header names " + FORGED_TYPE,
				"read as the consumers' own type: 1 shipment, 1 invoice; the named class is not loaded in either "
						+ "consumer's JVM (jcmd VM.class_hierarchy), so it was never instantiated");
	}

}
