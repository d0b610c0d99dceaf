package dev.orderflow.shipping.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.orderflow.kafka.consumer.RecordBatch;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.shipping.OrderEvent;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.UnknownShipmentException;
import dev.orderflow.shipping.events.IncompleteOrderException;
import dev.orderflow.shipping.events.OrderEvents;
import dev.orderflow.shipping.events.OrderToShip;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once and applies them in one transaction, in their order: new orders become shipments,
 * changes and cancellations update them. The offsets are committed after this method returns, that is after that
 * transaction committed; a crash in between redelivers the records, and the shipments' primary key and the recorded
 * event ids absorb them. A record that fails is named to the error handler, which dead-letters it alone or retries
 * from it (see {@link RecordBatch}). Not started with {@code orderflow.transport=atom}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OrderEventListener {

	private final ShipmentLifecycle lifecycle;

	OrderEventListener(ShipmentLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderToShip>> records) {
		RecordBatch.storeRecords(records, OrderEventListener::toEvent, this::applyAll);
	}

	/** A change for an order without shipment can never be applied: to the dead-letter topic, with the reason. */
	private void applyAll(List<OrderEvent> events) {
		try {
			lifecycle.applyAll(events);
		}
		catch (UnknownShipmentException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

	static OrderEvent toEvent(ConsumerRecord<String, OrderToShip> record) {
		return toEvent(header(record.headers(), "event-type"), header(record.headers(), "event-id"), record.value());
	}

	/** What can never be shipped goes to the dead-letter topic. */
	static OrderEvent toEvent(String type, String eventId, OrderToShip event) {
		if (event == null) {
			throw new UnprocessableRecordException("a record without a value is no order");
		}
		try {
			return OrderEvents.read(type, eventId, event);
		}
		catch (IncompleteOrderException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

	static String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
