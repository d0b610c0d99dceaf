package dev.orderflow.shipping.kafka;

import java.util.List;

import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.shipping.events.OrderToShip;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderCreatedListenerTest {

	@Test
	void aNullRecordValueCanNeverBeShipped() {
		assertThatThrownBy(() -> OrderCreatedListener.toShipment(null)).isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anIncompleteEventIsUnprocessableSoItGoesToTheDeadLetterTopic() {
		assertThatThrownBy(() -> OrderCreatedListener.toShipment(new OrderToShip(1L, null, null, List.of())))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("shippingAddress");
	}

}
