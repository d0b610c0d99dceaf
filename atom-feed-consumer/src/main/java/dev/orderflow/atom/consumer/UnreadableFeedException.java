package dev.orderflow.atom.consumer;

/** The feed could not be fetched or is not an Atom document; the poll is tried again after a pause. */
class UnreadableFeedException extends RuntimeException {

	UnreadableFeedException(String message) {
		super(message);
	}

	UnreadableFeedException(String message, Throwable cause) {
		super(message, cause);
	}

}
