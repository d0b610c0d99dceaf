package dev.orderflow.atom.consumer;

/**
 * What a service does with the entries of one event type. Entries of types no handler names are passed over.
 *
 * @param <T> the service's own reading of the event JSON (a tolerant reader)
 */
public interface FeedEntryHandler<T> {

	/** The event type this handler reads, e.g. {@code OrderCreated}. */
	String eventType();

	/** The type the entry's JSON is read into; JSON that does not fit is recorded as a failure. */
	Class<T> eventClass();

	/**
	 * Handles one event inside the transaction that also stores the feed position, so both commit or neither does.
	 * Throw {@link UnprocessableEntryException} for an event that can never succeed; it is recorded and passed over.
	 * Any other exception rolls back and the entry is tried again after a pause.
	 */
	void handle(T event);

	/**
	 * As {@link #handle(Object)}, for a handler that needs the entry's permanent id (e.g. {@code urn:uuid:...}, the
	 * event id), for example to apply each event once whichever transport brought it. Calls
	 * {@link #handle(Object)} unless overridden.
	 */
	default void handle(T event, String entryId) {
		handle(event);
	}

}
