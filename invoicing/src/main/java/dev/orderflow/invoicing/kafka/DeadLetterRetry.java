package dev.orderflow.invoicing.kafka;

import java.util.List;

import dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor;
import dev.orderflow.invoicing.InvoiceLifecycle;
import dev.orderflow.invoicing.events.OrderToInvoice;
import org.apache.kafka.common.header.Headers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An admin's retry of a dead letter takes the listener's path: the same conversion, the same use case, so a retried
 * order is invoiced once however often it arrives. The dead letter kept the record's event type and id, so a
 * change or a cancellation is retried as what it is (a dead letter stored without them is read as an OrderCreated).
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class DeadLetterRetry implements DeadLetterProcessor<OrderToInvoice> {

	private final InvoiceLifecycle lifecycle;

	DeadLetterRetry(InvoiceLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public Class<OrderToInvoice> valueType() {
		return OrderToInvoice.class;
	}

	@Override
	public void process(OrderToInvoice order, Headers headers) {
		lifecycle.applyAll(List.of(OrderEventListener.toEvent(OrderEventListener.header(headers, "event-type"),
				OrderEventListener.header(headers, "event-id"), order)));
	}

}
