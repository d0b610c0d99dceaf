package dev.orderflow.invoicing.atom;

import java.util.List;

import dev.orderflow.atom.consumer.FeedEntryHandler;
import dev.orderflow.atom.consumer.UnprocessableEntryException;
import dev.orderflow.invoicing.InvoiceLifecycle;
import dev.orderflow.invoicing.UnknownInvoiceException;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderEvents;
import dev.orderflow.invoicing.events.OrderToInvoice;

/**
 * Hands the entries of one event type to the same use case as the Kafka listener, with the entry's id as the event
 * id. Runs in the feed poller's transaction, which also stores the feed position, so both commit together. What can
 * never be applied is recorded as a feed failure and passed over.
 */
abstract class OrderEventEntryHandler implements FeedEntryHandler<OrderToInvoice> {

	private final String eventType;

	private final InvoiceLifecycle lifecycle;

	OrderEventEntryHandler(String eventType, InvoiceLifecycle lifecycle) {
		this.eventType = eventType;
		this.lifecycle = lifecycle;
	}

	@Override
	public String eventType() {
		return eventType;
	}

	@Override
	public Class<OrderToInvoice> eventClass() {
		return OrderToInvoice.class;
	}

	@Override
	public void handle(OrderToInvoice event) {
		handle(event, null);
	}

	@Override
	public void handle(OrderToInvoice event, String entryId) {
		try {
			lifecycle.applyAll(List.of(OrderEvents.read(eventType, entryId, event)));
		}
		catch (IncompleteOrderException | UnknownInvoiceException ex) {
			throw new UnprocessableEntryException(ex.getMessage());
		}
	}

}
