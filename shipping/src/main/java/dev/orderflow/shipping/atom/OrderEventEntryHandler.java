package dev.orderflow.shipping.atom;

import java.util.List;

import dev.orderflow.atom.consumer.EventEntryHandler;
import dev.orderflow.shipping.OrderEvent;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.UnknownShipmentException;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderEvents;
import dev.orderflow.shipping.events.OrderToShip;

/**
 * Hands the entries of one event type to the same use case as the Kafka listener, with the entry's id as the event
 * id. Runs in the feed poller's transaction, which also stores the feed position, so both commit together. An
 * incomplete event or a change for an order without shipment can never be applied: it is recorded as a feed failure
 * and passed over.
 */
abstract class OrderEventEntryHandler extends EventEntryHandler<OrderToShip, OrderEvent> {

	OrderEventEntryHandler(String eventType, ShipmentLifecycle lifecycle) {
		super(eventType, OrderToShip.class, OrderEvents::read, lifecycle::applyAll,
				List.of(IncompleteOrderException.class, UnknownShipmentException.class));
	}

}
