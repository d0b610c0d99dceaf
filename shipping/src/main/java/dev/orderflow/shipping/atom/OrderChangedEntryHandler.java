package dev.orderflow.shipping.atom;

import dev.orderflow.shipping.ShipmentLifecycle;

import org.springframework.stereotype.Component;

/** A changed shipping address from the feed. Only used with {@code orderflow.transport=atom}. */
@Component
class OrderChangedEntryHandler extends OrderEventEntryHandler {

	OrderChangedEntryHandler(ShipmentLifecycle lifecycle) {
		super("OrderChanged", lifecycle);
	}

}
