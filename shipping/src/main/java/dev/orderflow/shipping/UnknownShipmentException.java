package dev.orderflow.shipping;

/**
 * A lifecycle event for an order shipping never received. Its {@code OrderCreated} precedes it on the same partition,
 * so it was passed over (dead-lettered) earlier; retrying this one cannot help until that one is retried, so each
 * transport sets it aside with this reason (docs/design.md, "Order lifecycle").
 */
public class UnknownShipmentException extends RuntimeException {

	public UnknownShipmentException(String type, long orderId) {
		super(type + " for order " + orderId + ", which has no shipment: its OrderCreated was not processed here "
				+ "(dead-lettered?); retry this after it");
	}

}
