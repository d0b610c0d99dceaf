package dev.orderflow.shipping.atom;

import java.util.List;

import dev.orderflow.atom.consumer.FeedEntryHandler;
import dev.orderflow.atom.consumer.UnprocessableEntryException;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.UnknownShipmentException;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderEvents;
import dev.orderflow.shipping.events.OrderToShip;

/**
 * Hands the entries of one event type to the same use case as the Kafka listener, with the entry's id as the event
 * id. Runs in the feed poller's transaction, which also stores the feed position, so both commit together. What can
 * never be applied is recorded as a feed failure and passed over.
 */
abstract class OrderEventEntryHandler implements FeedEntryHandler<OrderToShip> {

	private final String eventType;

	private final ShipmentLifecycle lifecycle;

	OrderEventEntryHandler(String eventType, ShipmentLifecycle lifecycle) {
		this.eventType = eventType;
		this.lifecycle = lifecycle;
	}

	@Override
	public String eventType() {
		return eventType;
	}

	@Override
	public Class<OrderToShip> eventClass() {
		return OrderToShip.class;
	}

	@Override
	public void handle(OrderToShip event) {
		handle(event, null);
	}

	@Override
	public void handle(OrderToShip event, String entryId) {
		try {
			lifecycle.applyAll(List.of(OrderEvents.read(eventType, entryId, event)));
		}
		catch (IncompleteOrderException | UnknownShipmentException ex) {
			throw new UnprocessableEntryException(ex.getMessage());
		}
	}

}
