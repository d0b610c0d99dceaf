package dev.orderflow.kafka.consumer.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.BeanUtils;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import static dev.orderflow.kafka.consumer.format.EventFormatDeserializer.CONTENT_TYPE;

/**
 * An admin's two actions on an open dead letter. A retry reads the stored value with the deserializer the consumer's
 * listener uses (the delegate inside its {@link ErrorHandlingDeserializer}) and hands it to the consumer's
 * {@link DeadLetterProcessor}; the result and the closing of the dead letter commit in one transaction, so a retry is
 * either done and recorded or not done at all. Processing is idempotent, so retrying an order that was processed
 * meanwhile creates nothing new.
 */
class DeadLetterRetries {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

	enum Outcome {

		RETRIED, DISCARDED, FAILED, NOT_OPEN

	}

	private final DeadLetters deadLetters;

	private final DeadLetterProcessor<?> processor;

	private final Deserializer<?> deserializer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeadLetterRetries(DeadLetters deadLetters, DeadLetterProcessor<?> processor,
			Map<String, Object> consumerProperties, TransactionTemplate transaction, Clock clock) {
		this.deadLetters = deadLetters;
		this.processor = processor;
		this.deserializer = processor == null ? null : valueDeserializer(consumerProperties);
		this.transaction = transaction;
		this.clock = clock;
	}

	boolean canRetry() {
		return processor != null;
	}

	Outcome retry(DeadLetterId id) {
		if (processor == null) {
			throw new IllegalStateException("this consumer has no DeadLetterProcessor");
		}
		try {
			Boolean retried = transaction.execute(status -> {
				var payload = deadLetters.openPayload(id);
				if (payload.isEmpty()) {
					return false;
				}
				process(processor, id, payload.get());
				if (!deadLetters.markRetried(id, clock.instant())) {
					// Closed by someone else meanwhile: leave it as they left it.
					status.setRollbackOnly();
					return false;
				}
				return true;
			});
			return Boolean.TRUE.equals(retried) ? Outcome.RETRIED : Outcome.NOT_OPEN;
		}
		catch (RuntimeException ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			log.warn("Retry of dead letter {} failed: {}", id, cause.toString());
			deadLetters.retryFailed(id, cause.getClass().getName(), cause.getMessage(), clock.instant());
			return Outcome.FAILED;
		}
	}

	Outcome discard(DeadLetterId id) {
		return deadLetters.discard(id, clock.instant()) ? Outcome.DISCARDED : Outcome.NOT_OPEN;
	}

	/**
	 * Read as the listener would read the record: by the content type it was stored with, JSON if none, with the
	 * record's event type and id as headers, as the listener has them.
	 */
	private <T> void process(DeadLetterProcessor<T> processor, DeadLetterId id, DeadLetters.Payload payload) {
		RecordHeaders headers = new RecordHeaders();
		add(headers, CONTENT_TYPE, payload.contentType());
		add(headers, DeadLetterProcessor.EVENT_TYPE, payload.eventType());
		add(headers, DeadLetterProcessor.EVENT_ID, payload.eventId());
		Object value = payload.bytes() == null ? null
				: deserializer.deserialize(id.topic(), headers, payload.bytes());
		processor.process(processor.valueType().cast(value), headers);
	}

	private static void add(RecordHeaders headers, String name, String value) {
		if (value != null) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The listener's own deserializer, configured from the same consumer properties. */
	private static Deserializer<?> valueDeserializer(Map<String, Object> properties) {
		Object type = properties.getOrDefault(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS,
				properties.get(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG));
		try {
			Class<?> deserializerClass = type instanceof Class<?> given ? given
					: ClassUtils.forName(String.valueOf(type), DeadLetterRetries.class.getClassLoader());
			Deserializer<?> deserializer = (Deserializer<?>) BeanUtils.instantiateClass(deserializerClass);
			deserializer.configure(properties, false);
			return deserializer;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("the consumer's value deserializer " + type + " is not on the classpath",
					ex);
		}
	}

}
