package dev.orderflow.order;

import java.util.List;

/** What a customer asks for; prices and names come from the catalog, not from the request. */
public record OrderRequest(long customerId, Address shippingAddress, Address billingAddress, List<Line> lines) {

	public record Line(long itemId, int count) {
	}

}
