package dev.orderflow.bonus.events;

/** An order event without what the bonus service needs. Retrying cannot help; Kafka sends it to the dead letters. */
public class IncompleteEventException extends RuntimeException {

	public IncompleteEventException(String message) {
		super(message);
	}

}
