package dev.orderflow.atom.consumer;

import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link FeedEntryHandler} that reads each entry of one event type into the service's own event, with the entry's id
 * as the event id, and hands it to the service's use case: the same reading and the same use case as its Kafka
 * listener, so an event is applied alike (and once per id) whichever transport brought it. A service extends it, or
 * declares it as a bean, once per event type it reads; which of the reader's and the use case's exceptions mean that
 * an entry can never succeed is the service's to say.
 *
 * @param <T> the service's own reading of the event JSON (a tolerant reader)
 * @param <E> the service's own event, e.g. shipping's {@code OrderEvent}
 */
public class EventEntryHandler<T, E> implements FeedEntryHandler<T> {

	/** Reads an entry into the service's event; the entry id is null where the entry has none. */
	@FunctionalInterface
	public interface Reader<T, E> {

		E read(String eventType, String entryId, T event);

	}

	private final String eventType;

	private final Class<T> eventClass;

	private final Reader<T, E> reader;

	private final Consumer<List<E>> useCase;

	private final List<Class<? extends RuntimeException>> unprocessable;

	/**
	 * @param useCase applies the events it is given, in the feed poller's transaction
	 * @param unprocessable the exceptions of the reader and the use case that mean the entry can never succeed: it is
	 * recorded as a feed failure with their message and passed over; any other exception has it tried again
	 */
	public EventEntryHandler(String eventType, Class<T> eventClass, Reader<T, E> reader, Consumer<List<E>> useCase,
			List<Class<? extends RuntimeException>> unprocessable) {
		this.eventType = eventType;
		this.eventClass = eventClass;
		this.reader = reader;
		this.useCase = useCase;
		this.unprocessable = List.copyOf(unprocessable);
	}

	@Override
	public String eventType() {
		return eventType;
	}

	@Override
	public Class<T> eventClass() {
		return eventClass;
	}

	@Override
	public void handle(T event) {
		handle(event, null);
	}

	@Override
	public void handle(T event, String entryId) {
		try {
			useCase.accept(List.of(reader.read(eventType, entryId, event)));
		}
		catch (RuntimeException ex) {
			if (unprocessable.stream().anyMatch(type -> type.isInstance(ex))) {
				throw new UnprocessableEntryException(ex.getMessage());
			}
			throw ex;
		}
	}

}
