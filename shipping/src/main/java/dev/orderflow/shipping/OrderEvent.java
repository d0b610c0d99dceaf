package dev.orderflow.shipping;

import java.util.UUID;

/** An order event as shipping acts on it, whichever transport brought it. */
public sealed interface OrderEvent {

	/** A new order: prepare its shipment. */
	record Placed(Shipment shipment) implements OrderEvent {
	}

	/** The order's shipping address as it is now. */
	record AddressChanged(UUID eventId, long orderId, Address address) implements OrderEvent {
	}

	record Cancelled(UUID eventId, long orderId, String reason) implements OrderEvent {
	}

	/** An event type shipping does not act on; a tolerant reader passes it over. */
	record Other(String type) implements OrderEvent {
	}

}
