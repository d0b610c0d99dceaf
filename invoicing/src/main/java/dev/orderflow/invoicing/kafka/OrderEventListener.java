package dev.orderflow.invoicing.kafka;

import java.util.List;

import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.IssueInvoice;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.RecordBatch;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once and stores their invoices in one transaction. The offsets are committed after this
 * method returns, that is after that transaction committed; a crash in between redelivers the records and the
 * invoices' primary key absorbs them. A record that fails is named to the error handler, which dead-letters it alone or
 * retries from it (see {@link RecordBatch}). Not started with {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderCreatedListener {

	private final IssueInvoice issueInvoice;

	OrderCreatedListener(IssueInvoice issueInvoice) {
		this.issueInvoice = issueInvoice;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderToInvoice>> records) {
		RecordBatch.store(records, OrderCreatedListener::toInvoice, issueInvoice::issueAll);
	}

	/** What can never be invoiced goes to the dead-letter topic. */
	static Invoice toInvoice(OrderToInvoice order) {
		if (order == null) {
			throw new UnprocessableRecordException("a record without a value is no order");
		}
		try {
			return order.toInvoice();
		}
		catch (IncompleteOrderException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

}
