package dev.orderflow.kafka.consumer.deadletters;

import org.apache.kafka.common.header.Headers;

/**
 * What a consumer does with a record of the order topic, implemented next to its listener by calling what the
 * listener calls. An admin's "retry" hands a dead letter's value to it, read by the consumer's own value deserializer,
 * instead of publishing the record again (which would deliver it to every other consumer group too). Without a bean
 * of this type a consumer's dead letters can be discarded but not retried.
 *
 * @param <T> the type the consumer's value deserializer produces, e.g. {@code OrderToShip}
 */
public interface DeadLetterProcessor<T> {

	/** The header naming the event's type (e.g. {@code OrderCancelled}), as the order service writes it. */
	String EVENT_TYPE = "event-type";

	/** The header holding the event's id. */
	String EVENT_ID = "event-id";

	Class<T> valueType();

	/**
	 * Processes the value exactly as the listener would, in a transaction that also closes the dead letter.
	 * @param value the deserialized value, {@code null} for a record without value
	 * @param headers the original record's {@code content-type}, {@value #EVENT_TYPE} and {@value #EVENT_ID} headers,
	 *     where it had them
	 * @throws RuntimeException if it still cannot be processed; the dead letter stays open with this reason
	 */
	void process(T value, Headers headers);

}
