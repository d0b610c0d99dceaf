package dev.orderflow.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record Order(long id, long customerId, String customerName, Address shippingAddress, Address billingAddress,
		List<OrderLine> lines, Instant createdAt, OrderStatus status) {

	/** A freshly placed order. */
	public Order(long id, long customerId, String customerName, Address shippingAddress, Address billingAddress,
			List<OrderLine> lines, Instant createdAt) {
		this(id, customerId, customerName, shippingAddress, billingAddress, lines, createdAt, OrderStatus.PLACED);
	}

	public BigDecimal total() {
		return lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public boolean cancelled() {
		return status == OrderStatus.CANCELLED;
	}

	Order withAddresses(Address shipping, Address billing) {
		return new Order(id, customerId, customerName, shipping, billing, lines, createdAt, status);
	}

	Order withStatus(OrderStatus newStatus) {
		return new Order(id, customerId, customerName, shippingAddress, billingAddress, lines, createdAt, newStatus);
	}

}
