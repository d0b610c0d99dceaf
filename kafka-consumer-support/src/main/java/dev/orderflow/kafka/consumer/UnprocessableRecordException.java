package dev.orderflow.kafka.consumer;

/**
 * Thrown by a listener for a record that will never succeed however often it is retried (for example a required field
 * is missing); such a record goes straight to the dead-letter topic.
 */
public class UnprocessableRecordException extends RuntimeException {

	public UnprocessableRecordException(String message) {
		super(message);
	}

}
