package dev.orderflow.order;

import java.time.Instant;

import dev.orderflow.eventlog.Event;

/**
 * The published contract for corrected addresses ({@code contracts/order-changed.v1.json}): both addresses as they
 * are now, even if only one changed, so a consumer needs no earlier event to know the current ones.
 */
public record OrderChanged(long orderId, Instant occurredAt, Address shippingAddress, Address billingAddress)
		implements Event {

	public static final String TYPE = "OrderChanged";

	public static final int VERSION = 1;

	public record Address(String street, String zip, String city) {

		static Address of(dev.orderflow.order.Address address) {
			return new Address(address.street(), address.zip(), address.city());
		}

	}

	static OrderChanged of(Order order, Instant now) {
		return new OrderChanged(order.id(), now, Address.of(order.shippingAddress()),
				Address.of(order.billingAddress()));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public int version() {
		return VERSION;
	}

	/** The same key for every change of the order, {@code <id>changed}, in the seed's style. */
	@Override
	public String key() {
		return orderId + "changed";
	}

	@Override
	public long aggregateId() {
		return orderId;
	}

}
