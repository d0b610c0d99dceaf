package dev.orderflow.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.orderflow.order.Address;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderStatus;

record OrderResponse(long id, long customerId, String customerName, Address shippingAddress, Address billingAddress,
		List<Line> lines, BigDecimal total, Instant createdAt, OrderStatus status) {

	record Line(long itemId, String itemName, BigDecimal unitPrice, int count, BigDecimal amount) {
	}

	static OrderResponse of(Order order) {
		return new OrderResponse(order.id(), order.customerId(), order.customerName(), order.shippingAddress(),
				order.billingAddress(),
				order.lines()
					.stream()
					.map(l -> new Line(l.itemId(), l.itemName(), l.unitPrice(), l.count(), l.amount()))
					.toList(),
				order.total(), order.createdAt(), order.status());
	}

}
