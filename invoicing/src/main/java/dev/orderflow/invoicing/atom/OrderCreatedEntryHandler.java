package dev.orderflow.invoicing.atom;

import dev.orderflow.invoicing.InvoiceLifecycle;

import org.springframework.stereotype.Component;

/**
 * Runs in the feed poller's transaction, which also stores the feed position: the invoice and the position commit
 * together. Only used with {@code orderflow.transport=atom}.
 */
@Component
class OrderCreatedEntryHandler extends OrderEventEntryHandler {

	OrderCreatedEntryHandler(InvoiceLifecycle lifecycle) {
		super("OrderCreated", lifecycle);
	}

}
