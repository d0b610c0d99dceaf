package dev.orderflow.shipping;

import java.time.Instant;

/** A lifecycle event as shipping received it, and what came of it. */
public record ShipmentEvent(String type, Outcome outcome, String detail, Instant receivedAt) {

	public enum Outcome {

		/** Done: the address changed or the shipment was cancelled. */
		APPLIED,
		/** Not done: the shipment had been dispatched before the event arrived. */
		TOO_LATE,
		/** Not done: the shipment had been cancelled. */
		IGNORED

	}

}
