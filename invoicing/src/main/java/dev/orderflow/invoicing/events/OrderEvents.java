package dev.orderflow.invoicing.events;

import java.util.UUID;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.OrderEvent;

/**
 * Reads an order event by its type (the Kafka header {@code event-type}, the feed entry's category) and id (the
 * {@code event-id} header, the feed entry's id). Every type is read into {@link OrderToInvoice}, which holds the
 * fields invoicing needs from any of them; the type says which of them must be there.
 */
public final class OrderEvents {

	private OrderEvents() {
	}

	/**
	 * @param type the event type; null is read as {@code OrderCreated}, the only type before there were others
	 * @param eventId the event's id, needed for lifecycle events, which are applied once per id
	 * @throws IncompleteOrderException if the event lacks what invoicing needs; it never will have it
	 */
	public static OrderEvent read(String type, String eventId, OrderToInvoice event) {
		if (type == null || type.equals("OrderCreated")) {
			return new OrderEvent.Placed(event.toInvoice());
		}
		return switch (type) {
			case "OrderChanged" -> {
				OrderToInvoice.Address a = event.billingAddress();
				if (event.orderId() == null || a == null || a.street() == null || a.zip() == null || a.city() == null) {
					throw new IncompleteOrderException("an OrderChanged event needs orderId and billingAddress: " + event);
				}
				yield new OrderEvent.AddressChanged(id(eventId), event.orderId(), new Address(a.street(), a.zip(), a.city()));
			}
			case "OrderCancelled" -> {
				if (event.orderId() == null) {
					throw new IncompleteOrderException("an OrderCancelled event needs orderId: " + event);
				}
				yield new OrderEvent.Cancelled(id(eventId), event.orderId(), event.reason());
			}
			default -> new OrderEvent.Other(type);
		};
	}

	private static UUID id(String eventId) {
		if (eventId == null) {
			throw new IncompleteOrderException("a lifecycle event needs its event id, to be applied once");
		}
		try {
			return UUID.fromString(eventId.startsWith("urn:uuid:") ? eventId.substring("urn:uuid:".length()) : eventId);
		}
		catch (IllegalArgumentException ex) {
			throw new IncompleteOrderException("the event id '" + eventId + "' is not a UUID");
		}
	}

}
