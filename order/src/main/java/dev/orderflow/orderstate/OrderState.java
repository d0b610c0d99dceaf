package dev.orderflow.orderstate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.orderflow.order.Address;
import dev.orderflow.order.Order;

/**
 * An order as it is now, as published to the state topic: a record of its own, not the entity, so that the table can
 * change without changing what readers of the topic get.
 *
 * @param status the order's status when the record was made: {@code PLACED}, or {@code CANCELLED} for the state
 *     published for an event the publisher reached after the order was cancelled (its tombstone follows)
 * @param updatedAt when the event that made this the latest state occurred
 */
public record OrderState(long id, String status, long customerId, String customerName, Address shippingAddress,
		Address billingAddress, List<Line> lines, BigDecimal total, Instant updatedAt) {

	public record Line(long itemId, String itemName, BigDecimal unitPrice, int count, BigDecimal amount) {
	}

	public static OrderState of(Order order, Instant updatedAt) {
		return new OrderState(order.id(), order.status().name(), order.customerId(), order.customerName(), order.shippingAddress(),
				order.billingAddress(),
				order.lines()
					.stream()
					.map(l -> new Line(l.itemId(), l.itemName(), l.unitPrice(), l.count(), l.amount()))
					.toList(),
				order.total(), updatedAt);
	}

}
