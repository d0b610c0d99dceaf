package dev.orderflow.shipping.atom;

import dev.orderflow.shipping.ShipmentLifecycle;

import org.springframework.stereotype.Component;

/** A cancellation from the feed. Only used with {@code orderflow.transport=atom}. */
@Component
class OrderCancelledEntryHandler extends OrderEventEntryHandler {

	OrderCancelledEntryHandler(ShipmentLifecycle lifecycle) {
		super("OrderCancelled", lifecycle);
	}

}
