package dev.orderflow.shipping.kafka;

import java.util.List;
import java.util.UUID;

import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.shipping.OrderEvent;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.events.OrderToShip;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class OrderEventListenerTest {

	final OrderEventListener listener = new OrderEventListener(mock(ShipmentLifecycle.class));

	@Test
	void aNullRecordValueCanNeverBeShipped() {
		assertThatThrownBy(() -> listener.read("OrderCreated", null, null))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anIncompleteEventIsUnprocessableSoItGoesToTheDeadLetterTopic() {
		assertThatThrownBy(() -> listener.read("OrderCreated", null, new OrderToShip(1L, null, null, List.of())))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("shippingAddress");
	}

	@Test
	void aChangeWithoutShippingAddressOrEventIdIsUnprocessable() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> listener.read("OrderChanged", id, new OrderToShip(1L, null, null, null)))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("shippingAddress");
		assertThatThrownBy(() -> listener.read("OrderCancelled", null, new OrderToShip(1L, null, null, null)))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("event id");
	}

	@Test
	void aCancellationIsReadWithItsEventIdAndReason() {
		UUID id = UUID.randomUUID();

		assertThat(listener.read("OrderCancelled", id.toString(),
				new OrderToShip(5L, null, null, null, "twice")))
			.isEqualTo(new OrderEvent.Cancelled(id, 5, "twice"));
	}

	@Test
	void anEventTypeShippingDoesNotKnowIsPassedOver() {
		assertThat(listener.read("PaymentReceived", null, new OrderToShip(5L, null, null, null)))
			.isEqualTo(new OrderEvent.Other("PaymentReceived"));
	}

}
