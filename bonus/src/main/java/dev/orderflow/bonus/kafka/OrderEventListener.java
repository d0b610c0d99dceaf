package dev.orderflow.bonus.kafka;

import java.util.List;
import java.util.Optional;

import dev.orderflow.bonus.BookPoints;
import dev.orderflow.bonus.PointsChange;
import dev.orderflow.bonus.events.IncompleteEventException;
import dev.orderflow.bonus.events.OrderEvent;
import dev.orderflow.kafka.consumer.EventBatchListener;
import dev.orderflow.kafka.consumer.RecordBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once, in log order, and books their points in one transaction; the offsets are
 * committed after that transaction. All events of one order are on one partition, so they come in the order they
 * happened. A record that fails is named to the error handler, which dead-letters it alone or retries from it (see
 * {@link RecordBatch}). An admin's retry of a dead letter takes the same path, so a retried event changes the points
 * once however often it arrives.
 * <p>
 * The event type is read from the value, where {@link OrderEventDeserializer} put the record's {@code event-type}
 * header (and where a dead letter, stored as the consumer read it, kept it). An event of a type the bonus service
 * passes over is read as no change; what can never be booked goes to the dead letters.
 */
@Component
class OrderEventListener extends EventBatchListener<OrderEvent, Optional<PointsChange>> {

	OrderEventListener(BookPoints bookPoints) {
		super(OrderEvent.class, (eventType, eventId, event) -> event.toPointsChange(),
				List.of(IncompleteEventException.class, IllegalArgumentException.class, ArithmeticException.class),
				changes -> bookPoints.bookAll(changes.stream().flatMap(Optional::stream).toList()), List.of());
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderEvent>> records) {
		storeAll(records);
	}

}
