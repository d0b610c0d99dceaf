package dev.orderflow.invoicing;

import java.util.UUID;

/** An order event as invoicing acts on it, whichever transport brought it. */
public sealed interface OrderEvent {

	/** A new order: issue its invoice. */
	record Placed(Invoice invoice) implements OrderEvent {
	}

	/** The order's billing address as it is now. */
	record AddressChanged(UUID eventId, long orderId, Address billingAddress) implements OrderEvent {
	}

	record Cancelled(UUID eventId, long orderId, String reason) implements OrderEvent {
	}

	/** An event type invoicing does not act on; a tolerant reader passes it over. */
	record Other(String type) implements OrderEvent {
	}

}
