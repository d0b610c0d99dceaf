package dev.orderflow.order;

import java.math.BigDecimal;

/** A line keeps the item's name and price as they were when the order was placed. */
public record OrderLine(long itemId, String itemName, BigDecimal unitPrice, int count) {

	public BigDecimal amount() {
		return unitPrice.multiply(BigDecimal.valueOf(count));
	}

}
