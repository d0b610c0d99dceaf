package dev.orderflow.invoicing.kafka;

import java.util.List;
import java.util.UUID;

import dev.orderflow.invoicing.OrderEvent;
import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderEventListenerTest {

	@Test
	void aNullRecordValueCanNeverBeInvoiced() {
		assertThatThrownBy(() -> OrderEventListener.toEvent("OrderCreated", null, null))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anIncompleteEventIsUnprocessableSoItGoesToTheDeadLetterTopic() {
		assertThatThrownBy(() -> OrderEventListener.toEvent(null, null, new OrderToInvoice(1L, null, null, List.of())))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("billingAddress");
	}

	@Test
	void aChangeWithoutBillingAddressOrACancellationWithoutEventIdIsUnprocessable() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> OrderEventListener.toEvent("OrderChanged", id, new OrderToInvoice(1L, null, null, null)))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("billingAddress");
		assertThatThrownBy(() -> OrderEventListener.toEvent("OrderCancelled", "not-a-uuid",
				new OrderToInvoice(1L, null, null, null)))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("not a UUID");
	}

	@Test
	void anEventTypeInvoicingDoesNotKnowIsPassedOver() {
		assertThat(OrderEventListener.toEvent("PaymentReceived", null, new OrderToInvoice(5L, null, null, null)))
			.isEqualTo(new OrderEvent.Other("PaymentReceived"));
	}

}
