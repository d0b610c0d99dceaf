package dev.orderflow.invoicing.kafka;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceLine;
import dev.orderflow.invoicing.IssueInvoice;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The offset is committed after this method returns, that is after the invoice's transaction committed; a crash in
 * between redelivers the record and the invoice's primary key absorbs it.
 */
@Component
class OrderCreatedListener {

	private final IssueInvoice issueInvoice;

	OrderCreatedListener(IssueInvoice issueInvoice) {
		this.issueInvoice = issueInvoice;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}")
	void on(OrderToInvoice order) {
		issueInvoice.issue(toInvoice(order));
	}

	static Invoice toInvoice(OrderToInvoice order) {
		if (order == null || order.orderId() == null || order.customer() == null || order.customer().id() == null
				|| order.billingAddress() == null || order.lines() == null || order.lines().isEmpty()) {
			throw new UnprocessableRecordException(
					"an order event needs orderId, customer id, billingAddress and lines: " + order);
		}
		OrderToInvoice.Address address = order.billingAddress();
		List<InvoiceLine> lines = order.lines().stream().map(OrderCreatedListener::line).toList();
		return new Invoice(order.orderId(), order.customer().id(), order.customer().name(),
				new Address(address.street(), address.zip(), address.city()), lines,
				Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private static InvoiceLine line(OrderToInvoice.Line line) {
		if (line == null || line.itemId() == null || line.unitPrice() == null || line.count() == null
				|| line.count() < 1) {
			throw new UnprocessableRecordException("an order line needs itemId, unitPrice and a positive count: " + line);
		}
		return new InvoiceLine(line.itemId(), line.name(), line.unitPrice(), line.count());
	}

}
