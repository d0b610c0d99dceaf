package dev.orderflow.invoicing.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.OrderEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's half of the lifecycle contracts in {@code contracts/}: invoicing reads what it needs from them. */
class OrderLifecycleContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final UUID eventId = UUID.randomUUID();

	@Test
	void invoicingReadsTheBillingAddressFromOrderChanged() throws Exception {
		OrderToInvoice event = json.readValue(Files.readAllBytes(Path.of("../contracts/order-changed.v1.json")),
				OrderToInvoice.class);

		assertThat(OrderEvents.read("OrderChanged", eventId.toString(), event)).isEqualTo(
				new OrderEvent.AddressChanged(eventId, 42, new Address("7 Ledger Lane", "10001", "New York")));
	}

	@Test
	void invoicingReadsTheOrderAndReasonFromOrderCancelled() throws Exception {
		OrderToInvoice event = json.readValue(Files.readAllBytes(Path.of("../contracts/order-cancelled.v1.json")),
				OrderToInvoice.class);

		assertThat(OrderEvents.read("OrderCancelled", "urn:uuid:" + eventId, event))
			.isEqualTo(new OrderEvent.Cancelled(eventId, 42, "Ordered twice by mistake"));
	}

}
