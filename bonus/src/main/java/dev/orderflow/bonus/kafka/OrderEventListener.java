package dev.orderflow.bonus.kafka;

import java.util.List;
import java.util.Optional;

import dev.orderflow.bonus.BookPoints;
import dev.orderflow.bonus.PointsChange;
import dev.orderflow.bonus.events.IncompleteEventException;
import dev.orderflow.bonus.events.OrderEvent;
import dev.orderflow.kafka.consumer.RecordBatch;
import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes each poll's records at once, in log order, and books their points in one transaction; the offsets are
 * committed after that transaction. All events of one order are on one partition, so they come in the order they
 * happened. A record that fails is named to the error handler, which dead-letters it alone or retries from it (see
 * {@link RecordBatch}).
 */
@Component
class OrderEventListener {

	private final BookPoints bookPoints;

	OrderEventListener(BookPoints bookPoints) {
		this.bookPoints = bookPoints;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}", batch = "true")
	void on(List<ConsumerRecord<String, OrderEvent>> records) {
		RecordBatch.store(records, OrderEventListener::toPointsChange,
				changes -> bookPoints.bookAll(changes.stream().flatMap(Optional::stream).toList()));
	}

	/** Empty for an event type the bonus service passes over; what can never be booked goes to the dead letters. */
	static Optional<PointsChange> toPointsChange(OrderEvent event) {
		if (event == null) {
			throw new UnprocessableRecordException("a record without a value is no order event");
		}
		try {
			return event.toPointsChange();
		}
		catch (IncompleteEventException | IllegalArgumentException | ArithmeticException ex) {
			throw new UnprocessableRecordException(ex.getMessage());
		}
	}

}
