package dev.orderflow.invoicing.kafka;

import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.IssueInvoice;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The offset is committed after this method returns, that is after the invoice's transaction committed; a crash in
 * between redelivers the record and the invoice's primary key absorbs it. Not started with
 * {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderCreatedListener {

	private final IssueInvoice issueInvoice;

	OrderCreatedListener(IssueInvoice issueInvoice) {
		this.issueInvoice = issueInvoice;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}")
	void on(OrderToInvoice order) {
		issueInvoice.issue(toInvoice(order));
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
