package dev.orderflow.invoicing.kafka;

import java.util.List;

import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderCreatedListenerTest {

	@Test
	void aNullRecordValueCanNeverBeInvoiced() {
		assertThatThrownBy(() -> OrderCreatedListener.toInvoice(null)).isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anIncompleteEventIsUnprocessableSoItGoesToTheDeadLetterTopic() {
		assertThatThrownBy(() -> OrderCreatedListener.toInvoice(new OrderToInvoice(1L, null, null, List.of())))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessageContaining("billingAddress");
	}

}
