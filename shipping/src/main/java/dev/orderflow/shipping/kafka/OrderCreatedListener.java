package dev.orderflow.shipping.kafka;

import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.shipping.PrepareShipment;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderToShip;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The offset is committed after this method returns, that is after the shipment's transaction committed; a crash in
 * between redelivers the record and the shipment's primary key absorbs it. Not started with
 * {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderCreatedListener {

	private final PrepareShipment prepareShipment;

	OrderCreatedListener(PrepareShipment prepareShipment) {
		this.prepareShipment = prepareShipment;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}")
	void on(OrderToShip order) {
		prepareShipment.prepare(toShipment(order));
	}

	/** What can never be shipped goes to the dead-letter topic. */
	static Shipment toShipment(OrderToShip order) {
		if (order == null) {
			throw new UnprocessableRecordException("a record without a value is no order");
		}
		try {
			return order.toShipment();
		}
		catch (IncompleteOrderException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

}
