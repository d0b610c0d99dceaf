package dev.orderflow.invoicing.events;

/**
 * An order event without what invoicing needs. Retrying cannot help, so each transport passes such an event over in
 * its own way: Kafka to the dead-letter topic, the Atom feed to the feed failures.
 */
public class IncompleteOrderException extends RuntimeException {

	public IncompleteOrderException(String message) {
		super(message);
	}

}
