package dev.orderflow.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.orderflow.eventlog.Event;

/**
 * The published contract for an accepted order: everything a consumer may need, so that none has to call back.
 * Consumers read only the fields they need; adding a field is compatible, renaming or removing one is not.
 */
public record OrderCreated(long orderId, Instant occurredAt, Customer customer, Address shippingAddress,
		Address billingAddress, List<Line> lines, BigDecimal total) implements Event {

	public static final String TYPE = "OrderCreated";

	public static final int VERSION = 1;

	public record Customer(long id, String name) {
	}

	public record Address(String street, String zip, String city) {
	}

	public record Line(long itemId, String name, BigDecimal unitPrice, int count) {
	}

	static OrderCreated of(Order order) {
		return new OrderCreated(order.id(), order.createdAt(), new Customer(order.customerId(), order.customerName()),
				address(order.shippingAddress()), address(order.billingAddress()),
				order.lines().stream().map(l -> new Line(l.itemId(), l.itemName(), l.unitPrice(), l.count())).toList(),
				order.total());
	}

	private static Address address(dev.orderflow.order.Address address) {
		return new Address(address.street(), address.zip(), address.city());
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public int version() {
		return VERSION;
	}

	/** The seed's key, {@code <id>created}. */
	@Override
	public String key() {
		return orderId + "created";
	}

	@Override
	public long aggregateId() {
		return orderId;
	}

}
