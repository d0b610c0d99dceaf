package dev.orderflow.shipping;

/** Open until the parcel leaves (dispatched) or the order is cancelled; only an open shipment can still change. */
public enum ShipmentStatus {

	OPEN, DISPATCHED, CANCELLED

}
