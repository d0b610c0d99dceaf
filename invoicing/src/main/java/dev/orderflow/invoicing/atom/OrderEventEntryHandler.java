package dev.orderflow.invoicing.atom;

import java.util.List;

import dev.orderflow.atom.consumer.EventEntryHandler;
import dev.orderflow.invoicing.InvoiceLifecycle;
import dev.orderflow.invoicing.OrderEvent;
import dev.orderflow.invoicing.UnknownInvoiceException;
import dev.orderflow.invoicing.events.IncompleteOrderException;
import dev.orderflow.invoicing.events.OrderEvents;
import dev.orderflow.invoicing.events.OrderToInvoice;

/**
 * Hands the entries of one event type to the same use case as the Kafka listener, with the entry's id as the event
 * id. Runs in the feed poller's transaction, which also stores the feed position, so both commit together. An
 * incomplete event or a change for an order without invoice can never be applied: it is recorded as a feed failure
 * and passed over.
 */
abstract class OrderEventEntryHandler extends EventEntryHandler<OrderToInvoice, OrderEvent> {

	OrderEventEntryHandler(String eventType, InvoiceLifecycle lifecycle) {
		super(eventType, OrderToInvoice.class, OrderEvents::read, lifecycle::applyAll,
				List.of(IncompleteOrderException.class, UnknownInvoiceException.class));
	}

}
