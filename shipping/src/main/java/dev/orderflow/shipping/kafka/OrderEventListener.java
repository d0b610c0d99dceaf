package dev.orderflow.shipping.kafka;

import java.util.List;

import dev.orderflow.kafka.consumer.EventBatchListener;
import dev.orderflow.kafka.consumer.RecordBatch;
import dev.orderflow.shipping.OrderEvent;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.UnknownShipmentException;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderEvents;
import dev.orderflow.shipping.events.OrderToShip;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once and applies them in one transaction, in their order: new orders become shipments,
 * changes and cancellations update them. The offsets are committed after this method returns, that is after that
 * transaction committed; a crash in between redelivers the records, and the shipments' primary key and the recorded
 * event ids absorb them. A record that fails is named to the error handler, which dead-letters it alone or retries
 * from it (see {@link RecordBatch}). An admin's retry of a dead letter takes the same path, so a retried order is
 * shipped once however often it arrives. What can never be shipped (an incomplete event, a change for an order
 * without shipment) goes to the dead-letter topic, with the reason. Not started with {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderEventListener extends EventBatchListener<OrderToShip, OrderEvent> {

	OrderEventListener(ShipmentLifecycle lifecycle) {
		super(OrderToShip.class, OrderEvents::read, List.of(IncompleteOrderException.class), lifecycle::applyAll,
				List.of(UnknownShipmentException.class));
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderToShip>> records) {
		storeAll(records);
	}

}
