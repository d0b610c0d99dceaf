package dev.orderflow.invoicing.kafka;

import java.util.List;

import dev.orderflow.invoicing.InvoiceLifecycle;
import dev.orderflow.invoicing.OrderEvent;
import dev.orderflow.invoicing.UnknownInvoiceException;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderEvents;
import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.EventBatchListener;
import dev.orderflow.kafka.consumer.RecordBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once and applies them in one transaction, in their order: new orders are invoiced,
 * corrections and cancellations change the invoices. The offsets are committed after this method returns, that is
 * after that transaction committed; a crash in between redelivers the records, and the invoices' primary key and the
 * recorded event ids absorb them. A record that fails is named to the error handler, which dead-letters it alone or
 * retries from it (see {@link RecordBatch}). An admin's retry of a dead letter takes the same path, so a retried order
 * is invoiced once however often it arrives. What can never be invoiced (an incomplete event, a change for an order
 * without invoice) goes to the dead-letter topic, with the reason. Not started with {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderEventListener extends EventBatchListener<OrderToInvoice, OrderEvent> {

	OrderEventListener(InvoiceLifecycle lifecycle) {
		super(OrderToInvoice.class, OrderEvents::read, List.of(IncompleteOrderException.class), lifecycle::applyAll,
				List.of(UnknownInvoiceException.class));
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderToInvoice>> records) {
		storeAll(records);
	}

}
