package dev.orderflow.shipping.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentLine;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's half of the contract in {@code contracts/}: shipping reads what it needs from that JSON. */
class OrderCreatedContractTest {

	private final JacksonJsonDeserializer<OrderToShip> deserializer = new JacksonJsonDeserializer<>(OrderToShip.class)
		.ignoreTypeHeaders();

	@Test
	void shippingReadsAddressCustomerAndLinesFromTheContract() throws Exception {
		byte[] contract = Files.readAllBytes(Path.of("../contracts/order-created.v1.json"));

		Shipment shipment = OrderCreatedListener.toShipment(deserializer.deserialize("order", contract));

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

		Shipment shipment = OrderCreatedListener.toShipment(deserializer.deserialize("order", extended.getBytes()));

		assertThat(shipment.orderId()).isEqualTo(42);
		assertThat(shipment.lines()).hasSize(2);
	}

}
