package dev.orderflow.shipping.events;

/**
 * An order event without what shipping needs. Retrying cannot help, so each transport passes such an event over in
 * its own way: Kafka to the dead-letter topic, the Atom feed to the feed failures.
 */
public class IncompleteOrderException extends RuntimeException {

	public IncompleteOrderException(String message) {
		super(message);
	}

}
