package dev.orderflow.shipping;

import java.time.Instant;
import java.util.List;

public record Shipment(long orderId, String customerName, Address address, List<ShipmentLine> lines,
		Instant createdAt, ShipmentStatus status) {

	/** A new shipment, open. */
	public Shipment(long orderId, String customerName, Address address, List<ShipmentLine> lines, Instant createdAt) {
		this(orderId, customerName, address, lines, createdAt, ShipmentStatus.OPEN);
	}

}
