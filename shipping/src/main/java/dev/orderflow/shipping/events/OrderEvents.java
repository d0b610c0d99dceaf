package dev.orderflow.shipping.events;

import java.util.UUID;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.OrderEvent;

/**
 * Reads an order event by its type (the Kafka header {@code event-type}, the feed entry's category) and id (the
 * {@code event-id} header, the feed entry's id). Every type is read into {@link OrderToShip}, which holds the fields
 * shipping needs from any of them; the type says which of them must be there.
 */
public final class OrderEvents {

	private OrderEvents() {
	}

	/**
	 * @param type the event type; null is read as {@code OrderCreated}, the only type before there were others
	 * @param eventId the event's id, needed for lifecycle events, which are applied once per id
	 * @throws IncompleteOrderException if the event lacks what shipping needs; it never will have it
	 */
	public static OrderEvent read(String type, String eventId, OrderToShip event) {
		if (type == null || type.equals("OrderCreated")) {
			return new OrderEvent.Placed(event.toShipment());
		}
		return switch (type) {
			case "OrderChanged" -> {
				if (event.orderId() == null || event.shippingAddress() == null || blank(event.shippingAddress())) {
					throw new IncompleteOrderException("an OrderChanged event needs orderId and shippingAddress: " + event);
				}
				OrderToShip.Address a = event.shippingAddress();
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

	private static boolean blank(OrderToShip.Address address) {
		return address.street() == null || address.zip() == null || address.city() == null;
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
