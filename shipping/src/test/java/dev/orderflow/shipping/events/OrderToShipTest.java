package dev.orderflow.shipping.events;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderToShipTest {

	private static final OrderToShip.Address ADDRESS = new OrderToShip.Address("1 Main Street", "12345", "Springfield");

	private static final OrderToShip.Customer CUSTOMER = new OrderToShip.Customer("Ada");

	@Test
	void anEventWithoutOrderIdCanNeverBeShipped() {
		assertThatThrownBy(() -> new OrderToShip(null, CUSTOMER, ADDRESS, List.of(new OrderToShip.Line(1L, "iPod", 1)))
			.toShipment()).isInstanceOf(IncompleteOrderException.class);
	}

	@Test
	void anEventWithoutShippingAddressCanNeverBeShipped() {
		assertThatThrownBy(() -> new OrderToShip(1L, CUSTOMER, null, List.of(new OrderToShip.Line(1L, "iPod", 1)))
			.toShipment()).isInstanceOf(IncompleteOrderException.class);
	}

	@Test
	void aLineWithoutCountCanNeverBeShipped() {
		assertThatThrownBy(() -> new OrderToShip(1L, CUSTOMER, ADDRESS, List.of(new OrderToShip.Line(1L, "iPod", null)))
			.toShipment()).isInstanceOf(IncompleteOrderException.class);
	}

}
