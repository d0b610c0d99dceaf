package dev.orderflow.invoicing.atom;

import dev.orderflow.invoicing.InvoiceLifecycle;

import org.springframework.stereotype.Component;

/** A cancellation from the feed. Only used with {@code orderflow.transport=atom}. */
@Component
class OrderCancelledEntryHandler extends OrderEventEntryHandler {

	OrderCancelledEntryHandler(InvoiceLifecycle lifecycle) {
		super("OrderCancelled", lifecycle);
	}

}
