package dev.orderflow.shipping.events;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentLine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's half of the contract in {@code contracts/}: shipping reads what it needs from that JSON, whichever
 * transport brought it.
 */
class OrderCreatedContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shippingReadsAddressCustomerAndLinesFromTheContract() throws Exception {
		byte[] contract = Files.readAllBytes(Path.of("../contracts/order-created.v1.json"));

		Shipment shipment = json.readValue(contract, OrderToShip.class).toShipment();

		assertThat(shipment.orderId()).isEqualTo(42);
		assertThat(shipment.customerName()).isEqualTo("Grace Hopper");
		assertThat(shipment.address()).isEqualTo(new Address("1 Harbour Road", "02139", "Cambridge"));
		assertThat(shipment.lines()).containsExactly(new ShipmentLine(1, "iPod", 2),
				new ShipmentLine(6, "USB-C cable", 3));
	}

	@Test
	void fieldsShippingDoesNotKnowAreIgnored() throws Exception {
		String contract = Files.readString(Path.of("../contracts/order-created.v1.json"));
		String extended = contract.replace("\"orderId\": 42,", "\"orderId\": 42, \"currency\": \"EUR\", \"note\": {\"gift\": true},")
			.replace("\"count\": 2", "\"count\": 2, \"weight\": 0.2");

		Shipment shipment = json.readValue(extended, OrderToShip.class).toShipment();

		assertThat(shipment.orderId()).isEqualTo(42);
		assertThat(shipment.lines()).hasSize(2);
	}

}
