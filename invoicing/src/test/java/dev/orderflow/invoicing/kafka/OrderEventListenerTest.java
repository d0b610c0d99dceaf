package dev.orderflow.invoicing.kafka;

import java.util.List;
import java.util.UUID;

import dev.orderflow.invoicing.OrderEvent;
import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.invoicing.InvoiceLifecycle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class OrderEventListenerTest {

	final OrderEventListener listener = new OrderEventListener(mock(InvoiceLifecycle.class));

	@Test
	void aNullRecordValueCanNeverBeInvoiced() {
		assertThatThrownBy(() -> listener.read("OrderCreated", null, null))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anIncompleteEventIsUnprocessableSoItGoesToTheDeadLetterTopic() {
		assertThatThrownBy(() -> listener.read(null, null, new OrderToInvoice(1L, null, null, List.of())))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("billingAddress");
	}

	@Test
	void aChangeWithoutBillingAddressOrACancellationWithoutEventIdIsUnprocessable() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> listener.read("OrderChanged", id, new OrderToInvoice(1L, null, null, null)))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("billingAddress");
		assertThatThrownBy(() -> listener.read("OrderCancelled", "not-a-uuid",
				new OrderToInvoice(1L, null, null, null)))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("not a UUID");
	}

	@Test
	void anEventTypeInvoicingDoesNotKnowIsPassedOver() {
		assertThat(listener.read("PaymentReceived", null, new OrderToInvoice(5L, null, null, null)))
			.isEqualTo(new OrderEvent.Other("PaymentReceived"));
	}

}
