package dev.orderflow.invoicing;

import java.math.BigDecimal;

public record InvoiceLine(long itemId, String itemName, BigDecimal unitPrice, int count) {

	public BigDecimal amount() {
		return unitPrice.multiply(BigDecimal.valueOf(count));
	}

}
