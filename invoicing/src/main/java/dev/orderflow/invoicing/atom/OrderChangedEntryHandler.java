package dev.orderflow.invoicing.atom;

import dev.orderflow.invoicing.InvoiceLifecycle;

import org.springframework.stereotype.Component;

/** A changed billing address from the feed. Only used with {@code orderflow.transport=atom}. */
@Component
class OrderChangedEntryHandler extends OrderEventEntryHandler {

	OrderChangedEntryHandler(InvoiceLifecycle lifecycle) {
		super("OrderChanged", lifecycle);
	}

}
