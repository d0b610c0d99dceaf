package dev.orderflow.bonus.kafka;

import java.util.List;

import dev.orderflow.bonus.BookPoints;
import dev.orderflow.bonus.events.OrderEvent;
import dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor;
import org.apache.kafka.common.header.Headers;

import org.springframework.stereotype.Component;

/**
 * An admin's retry of a dead letter takes the listener's path: the same conversion, the same booking, so a retried
 * event changes the points once however often it arrives.
 */
@Component
class DeadLetterRetry implements DeadLetterProcessor<OrderEvent> {

	private final BookPoints bookPoints;

	DeadLetterRetry(BookPoints bookPoints) {
		this.bookPoints = bookPoints;
	}

	@Override
	public Class<OrderEvent> valueType() {
		return OrderEvent.class;
	}

	@Override
	public void process(OrderEvent event, Headers headers) {
		// The event type came into the value through the deserializer, which read the kept event-type header.
		OrderEventListener.toPointsChange(event).ifPresent(change -> bookPoints.bookAll(List.of(change)));
	}

}
