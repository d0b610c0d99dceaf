package dev.orderflow.invoicing.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.orderflow.kafka.consumer.RecordBatch;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.invoicing.OrderEvent;
import dev.orderflow.invoicing.InvoiceLifecycle;
import dev.orderflow.invoicing.UnknownInvoiceException;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderEvents;
import dev.orderflow.invoicing.events.OrderToInvoice;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once and applies them in one transaction, in their order: new orders are invoiced,
 * corrections and cancellations change the invoices. The offsets are committed after this method returns, that is after that
 * transaction committed; a crash in between redelivers the records, and the invoices' primary key and the recorded
 * event ids absorb them. A record that fails is named to the error handler, which dead-letters it alone or retries
 * from it (see {@link RecordBatch}). Not started with {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderEventListener {

	private final InvoiceLifecycle lifecycle;

	OrderEventListener(InvoiceLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderToInvoice>> records) {
		RecordBatch.storeRecords(records, OrderEventListener::toEvent, this::applyAll);
	}

	/** A change for an order without invoice can never be applied: to the dead-letter topic, with the reason. */
	private void applyAll(List<OrderEvent> events) {
		try {
			lifecycle.applyAll(events);
		}
		catch (UnknownInvoiceException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

	static OrderEvent toEvent(ConsumerRecord<String, OrderToInvoice> record) {
		return toEvent(header(record.headers(), "event-type"), header(record.headers(), "event-id"), record.value());
	}

	/** What can never be invoiced goes to the dead-letter topic. */
	static OrderEvent toEvent(String type, String eventId, OrderToInvoice event) {
		if (event == null) {
			throw new UnprocessableRecordException("a record without a value is no order");
		}
		try {
			return OrderEvents.read(type, eventId, event);
		}
		catch (IncompleteOrderException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

	static String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
