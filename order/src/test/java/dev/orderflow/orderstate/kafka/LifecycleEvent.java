package dev.orderflow.orderstate.kafka;

import dev.orderflow.eventlog.Event;

/**
 * A change or cancellation as the order lifecycle writes it to the event log; the publisher cares only about the type
 * and the order id, so the payload of the real events is not needed here.
 */
record LifecycleEvent(String type, long aggregateId) implements Event {

	static LifecycleEvent changed(long orderId) {
		return new LifecycleEvent("OrderChanged", orderId);
	}

	static LifecycleEvent cancelled(long orderId) {
		return new LifecycleEvent("OrderCancelled", orderId);
	}

	@Override
	public int version() {
		return 1;
	}

	@Override
	public String key() {
		return aggregateId + (type.equals("OrderCancelled") ? "cancelled" : "changed");
	}

}
