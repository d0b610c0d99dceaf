package dev.orderflow.kafka.consumer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A consumer's batch listener of the order topic and the retry of its dead letters in one, so that a retried dead
 * letter takes exactly the listener's path: each record is read into the consumer's own event from its value and its
 * {@value DeadLetterProcessor#EVENT_TYPE} and {@value DeadLetterProcessor#EVENT_ID} headers, and a poll's events go to
 * the consumer's use case in one call, through {@link RecordBatch}. A service extends it with its types, its reading,
 * its use case and which of their exceptions mean "never", and calls {@link #storeAll} from its
 * {@code @KafkaListener(batch = "true")} method. Being its only {@link DeadLetterProcessor}, it is also what an
 * admin's retry of a dead letter calls.
 *
 * @param <V> what the consumer's value deserializer produces, e.g. {@code OrderToShip}
 * @param <E> the consumer's own event, e.g. shipping's {@code OrderEvent}
 */
public abstract class EventBatchListener<V, E> implements DeadLetterProcessor<V> {

	/** Reads a record into the consumer's event; the type and id are null where the record has no such header. */
	@FunctionalInterface
	public interface Reader<V, E> {

		E read(String eventType, String eventId, V value);

	}

	private final Class<V> valueType;

	private final Reader<V, E> reader;

	private final List<Class<? extends RuntimeException>> unreadable;

	private final Consumer<List<E>> useCase;

	private final List<Class<? extends RuntimeException>> unappliable;

	/**
	 * @param reader throws one of {@code unreadable} for a value that will never be readable
	 * @param useCase applies a poll's events in one transaction, in their order; throws one of {@code unappliable} for
	 * events that can never be applied, which are then found record by record
	 */
	protected EventBatchListener(Class<V> valueType, Reader<V, E> reader,
			List<Class<? extends RuntimeException>> unreadable, Consumer<List<E>> useCase,
			List<Class<? extends RuntimeException>> unappliable) {
		this.valueType = valueType;
		this.reader = reader;
		this.unreadable = List.copyOf(unreadable);
		this.useCase = useCase;
		this.unappliable = List.copyOf(unappliable);
	}

	/** One poll's records, in order; a record that fails is named to the error handler (see {@link RecordBatch}). */
	protected final void storeAll(List<ConsumerRecord<String, V>> records) {
		RecordBatch.storeRecords(records, record -> read(record.value(), record.headers()), this::applyAll);
	}

	@Override
	public Class<V> valueType() {
		return valueType;
	}

	/** A retried dead letter: read and applied as the listener would, alone. */
	@Override
	public void process(V value, Headers headers) {
		useCase.accept(List.of(read(value, headers)));
	}

	/**
	 * Reads one record as the listener does.
	 * @throws UnprocessableRecordException for a value that is missing or that the reader finds can never be read
	 */
	public E read(String eventType, String eventId, V value) {
		if (value == null) {
			throw new UnprocessableRecordException("a record without a value is no order");
		}
		try {
			return reader.read(eventType, eventId, value);
		}
		catch (RuntimeException ex) {
			throw unprocessableIfOneOf(unreadable, ex);
		}
	}

	private E read(V value, Headers headers) {
		return read(header(headers, EVENT_TYPE), header(headers, EVENT_ID), value);
	}

	private void applyAll(List<E> events) {
		try {
			useCase.accept(events);
		}
		catch (RuntimeException ex) {
			throw unprocessableIfOneOf(unappliable, ex);
		}
	}

	private static RuntimeException unprocessableIfOneOf(List<Class<? extends RuntimeException>> never,
			RuntimeException ex) {
		return never.stream().anyMatch(type -> type.isInstance(ex)) ? new UnprocessableRecordException(ex.getMessage())
				: ex;
	}

	private static String header(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
