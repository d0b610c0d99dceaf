package dev.orderflow.shipping.kafka;

import java.util.List;

import dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.events.OrderToShip;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An admin's retry of a dead letter takes the listener's path: the same conversion, the same use case, so a retried
 * order is shipped once however often it arrives. The dead letter's value is all a retry gets, not the record's
 * headers, so it is read as an {@code OrderCreated}: a dead-lettered change or cancellation cannot be retried yet
 * (it stays open with the reason; docs/design.md).
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class DeadLetterRetry implements DeadLetterProcessor<OrderToShip> {

	private final ShipmentLifecycle lifecycle;

	DeadLetterRetry(ShipmentLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public Class<OrderToShip> valueType() {
		return OrderToShip.class;
	}

	@Override
	public void process(OrderToShip order) {
		lifecycle.applyAll(List.of(OrderEventListener.toEvent("OrderCreated", null, order)));
	}

}
