package dev.orderflow.shipping.kafka;

import java.util.List;

import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderCreatedListenerTest {

	private static final OrderToShip.Address ADDRESS = new OrderToShip.Address("1 Main Street", "12345", "Springfield");

	private static final OrderToShip.Customer CUSTOMER = new OrderToShip.Customer("Ada");

	@Test
	void anEventWithoutOrderIdCanNeverBeShipped() {
		assertThatThrownBy(() -> OrderCreatedListener.toShipment(
				new OrderToShip(null, CUSTOMER, ADDRESS, List.of(new OrderToShip.Line(1L, "iPod", 1)))))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anEventWithoutShippingAddressCanNeverBeShipped() {
		assertThatThrownBy(() -> OrderCreatedListener
			.toShipment(new OrderToShip(1L, CUSTOMER, null, List.of(new OrderToShip.Line(1L, "iPod", 1)))))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void aLineWithoutCountCanNeverBeShipped() {
		assertThatThrownBy(() -> OrderCreatedListener
			.toShipment(new OrderToShip(1L, CUSTOMER, ADDRESS, List.of(new OrderToShip.Line(1L, "iPod", null)))))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void aNullRecordValueCanNeverBeShipped() {
		assertThatThrownBy(() -> OrderCreatedListener.toShipment(null)).isInstanceOf(UnprocessableRecordException.class);
	}

}
