package dev.orderflow.shipping.atom;

import dev.orderflow.shipping.ShipmentLifecycle;

import org.springframework.stereotype.Component;

/**
 * Runs in the feed poller's transaction, which also stores the feed position: the shipment and the position commit
 * together. Only used with {@code orderflow.transport=atom}.
 */
@Component
class OrderCreatedEntryHandler extends OrderEventEntryHandler {

	OrderCreatedEntryHandler(ShipmentLifecycle lifecycle) {
		super("OrderCreated", lifecycle);
	}

}
