package dev.orderflow.shipping.atom;

import dev.orderflow.atom.consumer.FeedEntryHandler;
import dev.orderflow.atom.consumer.UnprocessableEntryException;
import dev.orderflow.shipping.PrepareShipment;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderToShip;

import org.springframework.stereotype.Component;

/**
 * Runs in the feed poller's transaction, which also stores the feed position: the shipment and the position commit
 * together. Only used with {@code orderflow.transport=atom}.
 */
@Component
class OrderCreatedEntryHandler implements FeedEntryHandler<OrderToShip> {

	private final PrepareShipment prepareShipment;

	OrderCreatedEntryHandler(PrepareShipment prepareShipment) {
		this.prepareShipment = prepareShipment;
	}

	@Override
	public String eventType() {
		return "OrderCreated";
	}

	@Override
	public Class<OrderToShip> eventClass() {
		return OrderToShip.class;
	}

	@Override
	public void handle(OrderToShip order) {
		Shipment shipment;
		try {
			shipment = order.toShipment();
		}
		catch (IncompleteOrderException ex) {
			throw new UnprocessableEntryException(ex.getMessage());
		}
		prepareShipment.prepare(shipment);
	}

}
