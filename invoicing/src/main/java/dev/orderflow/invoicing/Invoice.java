package dev.orderflow.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The total is computed from the lines here, not copied from the order, so an invoice always adds up. */
public record Invoice(long orderId, long customerId, String customerName, Address billingAddress,
		List<InvoiceLine> lines, Instant createdAt) {

	public BigDecimal total() {
		return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
