package dev.orderflow.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record Order(long id, long customerId, String customerName, Address shippingAddress, Address billingAddress,
		List<OrderLine> lines, Instant createdAt) {

	public BigDecimal total() {
		return lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
