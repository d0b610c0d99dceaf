package dev.orderflow.invoicing.atom;

import dev.orderflow.atom.consumer.FeedEntryHandler;
import dev.orderflow.atom.consumer.UnprocessableEntryException;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.IssueInvoice;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderToInvoice;

import org.springframework.stereotype.Component;

/**
 * Runs in the feed poller's transaction, which also stores the feed position: the invoice and the position commit
 * together. Only used with {@code orderflow.transport=atom}.
 */
@Component
class OrderCreatedEntryHandler implements FeedEntryHandler<OrderToInvoice> {

	private final IssueInvoice issueInvoice;

	OrderCreatedEntryHandler(IssueInvoice issueInvoice) {
		this.issueInvoice = issueInvoice;
	}

	@Override
	public String eventType() {
		return "OrderCreated";
	}

	@Override
	public Class<OrderToInvoice> eventClass() {
		return OrderToInvoice.class;
	}

	@Override
	public void handle(OrderToInvoice order) {
		Invoice invoice;
		try {
			invoice = order.toInvoice();
		}
		catch (IncompleteOrderException ex) {
			throw new UnprocessableEntryException(ex.getMessage());
		}
		issueInvoice.issue(invoice);
	}

}
