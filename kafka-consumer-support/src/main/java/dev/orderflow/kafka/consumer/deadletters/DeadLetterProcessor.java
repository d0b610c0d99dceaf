package dev.orderflow.kafka.consumer.deadletters;

/**
 * What a consumer does with a record of the order topic, implemented next to its listener by calling what the
 * listener calls. An admin's "retry" hands a dead letter's value to it, read by the consumer's own value deserializer,
 * instead of publishing the record again (which would deliver it to every other consumer group too). Without a bean
 * of this type a consumer's dead letters can be discarded but not retried.
 *
 * @param <T> the type the consumer's value deserializer produces, e.g. {@code OrderToShip}
 */
public interface DeadLetterProcessor<T> {

	Class<T> valueType();

	/**
	 * Processes the value exactly as the listener would, in a transaction that also closes the dead letter.
	 * @param value the deserialized value, {@code null} for a record without value
	 * @throws RuntimeException if it still cannot be processed; the dead letter stays open with this reason
	 */
	void process(T value);

}
