package dev.orderflow.shipping.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.OrderEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's half of the lifecycle contracts in {@code contracts/}: shipping reads what it needs from them. */
class OrderLifecycleContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final UUID eventId = UUID.randomUUID();

	@Test
	void shippingReadsTheNewShippingAddressFromOrderChanged() throws Exception {
		OrderToShip event = json.readValue(Files.readAllBytes(Path.of("../contracts/order-changed.v1.json")),
				OrderToShip.class);

		assertThat(OrderEvents.read("OrderChanged", eventId.toString(), event)).isEqualTo(
				new OrderEvent.AddressChanged(eventId, 42, new Address("3 Quay Street", "02139", "Cambridge")));
	}

	@Test
	void shippingReadsTheOrderAndReasonFromOrderCancelled() throws Exception {
		OrderToShip event = json.readValue(Files.readAllBytes(Path.of("../contracts/order-cancelled.v1.json")),
				OrderToShip.class);

		assertThat(OrderEvents.read("OrderCancelled", "urn:uuid:" + eventId, event))
			.isEqualTo(new OrderEvent.Cancelled(eventId, 42, "Ordered twice by mistake"));
	}

}
