package dev.orderflow.shipping;

import java.time.Instant;
import java.util.List;

public record Shipment(long orderId, String customerName, Address address, List<ShipmentLine> lines,
		Instant createdAt) {
}
