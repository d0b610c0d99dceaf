package dev.orderflow.shipping.kafka;

import java.util.List;

import dev.orderflow.kafka.consumer.RecordBatch;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.shipping.PrepareShipment;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderToShip;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once and stores their shipments in one transaction. The offsets are committed after
 * this method returns, that is after that transaction committed; a crash in between redelivers the records and the
 * shipments' primary key absorbs them. A record that fails is named to the error handler, which dead-letters it alone
 * or retries from it (see {@link RecordBatch}). Not started with {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderCreatedListener {

	private final PrepareShipment prepareShipment;

	OrderCreatedListener(PrepareShipment prepareShipment) {
		this.prepareShipment = prepareShipment;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderToShip>> records) {
		RecordBatch.store(records, OrderCreatedListener::toShipment, prepareShipment::prepareAll);
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
