package dev.orderflow.shipping.kafka;

import dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor;
import dev.orderflow.shipping.PrepareShipment;
import dev.orderflow.shipping.events.OrderToShip;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An admin's retry of a dead letter takes the listener's path: the same conversion, the same use case, so a retried
 * order is shipped once however often it arrives.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class DeadLetterRetry implements DeadLetterProcessor<OrderToShip> {

	private final PrepareShipment prepareShipment;

	DeadLetterRetry(PrepareShipment prepareShipment) {
		this.prepareShipment = prepareShipment;
	}

	@Override
	public Class<OrderToShip> valueType() {
		return OrderToShip.class;
	}

	@Override
	public void process(OrderToShip order) {
		prepareShipment.prepare(OrderCreatedListener.toShipment(order));
	}

}
