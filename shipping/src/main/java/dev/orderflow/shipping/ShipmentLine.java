package dev.orderflow.shipping;

public record ShipmentLine(long itemId, String itemName, int count) {
}
