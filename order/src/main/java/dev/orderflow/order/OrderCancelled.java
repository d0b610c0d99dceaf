package dev.orderflow.order;

import java.time.Instant;

import dev.orderflow.eventlog.Event;

/** The published contract for a cancellation ({@code contracts/order-cancelled.v1.json}); the reason may be null. */
public record OrderCancelled(long orderId, Instant occurredAt, String reason) implements Event {

	public static final String TYPE = "OrderCancelled";

	public static final int VERSION = 1;

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public int version() {
		return VERSION;
	}

	/** {@code <id>cancelled}, in the seed's style. */
	@Override
	public String key() {
		return orderId + "cancelled";
	}

	@Override
	public long aggregateId() {
		return orderId;
	}

}
