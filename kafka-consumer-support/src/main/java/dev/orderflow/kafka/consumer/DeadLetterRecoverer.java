package dev.orderflow.kafka.consumer;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Publishes a dead letter with the exception that made the record fail. A batch listener wraps it in a
 * {@link BatchListenerFailedException} only to tell the error handler which record it was; left in, that wrapper
 * would be the exception the dead letter names, and every dead letter would give the same reason.
 */
final class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

	private final DeadLetterPublishingRecoverer publisher;

	DeadLetterRecoverer(DeadLetterPublishingRecoverer publisher) {
		this.publisher = publisher;
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
		publisher.accept(record, consumer, withoutBatchWrapper(exception));
	}

	static Exception withoutBatchWrapper(Exception exception) {
		if (exception instanceof ListenerExecutionFailedException listener
				&& listener.getCause() instanceof BatchListenerFailedException batch && batch.getCause() != null) {
			return new ListenerExecutionFailedException(listener.getMessage(), listener.getGroupId(), batch.getCause());
		}
		if (exception instanceof BatchListenerFailedException batch && batch.getCause() instanceof Exception cause) {
			return cause;
		}
		return exception;
	}

}
