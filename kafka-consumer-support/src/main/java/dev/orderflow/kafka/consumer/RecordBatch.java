package dev.orderflow.kafka.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.core.log.LogAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * How a batch listener handles one poll of the order topic: the records in order, all that can be stored in one
 * transaction (one commit, one {@code fsync}, instead of one per record).
 * <p>
 * Every failure leaves as a {@link BatchListenerFailedException} naming the record it belongs to, never as another
 * exception: for anything else the error handler would retry the whole batch and, once the failure changed to one that
 * can never succeed, dead-letter every record of it. Named, the records before it count as done (their offsets are
 * committed), the error handler dead-letters the named record alone if it can never succeed, or retries from it with
 * backoff, and the records after it come again with the next poll.
 */
public final class RecordBatch {

	private static final LogAccessor log = new LogAccessor(LogFactory.getLog(RecordBatch.class));

	private RecordBatch() {
	}

	/**
	 * @param records one poll's records, in order
	 * @param convert turns a record's value into what is stored; throws {@link UnprocessableRecordException} for a
	 * value that can never be stored
	 * @param storeInOneTransaction stores the values it is given in one transaction, all or nothing; throws
	 * {@link UnprocessableRecordException} if one of them can never be stored, which is then found record by record
	 * @throws BatchListenerFailedException naming the first record that failed
	 */
	public static <V, T> void store(List<ConsumerRecord<String, V>> records, Function<V, T> convert,
			Consumer<List<T>> storeInOneTransaction) {
		storeRecords(records, record -> convert.apply(record.value()), storeInOneTransaction);
	}

	/**
	 * As {@link #store}, for a listener that needs more of a record than its value, e.g. its event-type header.
	 * @param convert is only given records that have a value
	 */
	public static <V, T> void storeRecords(List<ConsumerRecord<String, V>> records,
			Function<ConsumerRecord<String, V>, T> convert, Consumer<List<T>> storeInOneTransaction) {
		List<T> values = new ArrayList<>(records.size());
		BatchListenerFailedException unprocessable = null;
		for (ConsumerRecord<String, V> record : records) {
			try {
				readable(record);
				values.add(convert.apply(record));
			}
			catch (RuntimeException ex) {
				unprocessable = failed(record, ex);
				break;
			}
		}
		storeAll(records, values, storeInOneTransaction);
		if (unprocessable != null) {
			throw unprocessable;
		}
	}

	private static <V, T> void storeAll(List<ConsumerRecord<String, V>> records, List<T> values,
			Consumer<List<T>> storeInOneTransaction) {
		if (values.isEmpty()) {
			return;
		}
		try {
			storeInOneTransaction.accept(values);
		}
		catch (DataIntegrityViolationException | UnprocessableRecordException ex) {
			// One of them is refused, but the batch's statements do not say which: find it record by record.
			storeOneByOne(records, values, storeInOneTransaction);
		}
		catch (RuntimeException ex) {
			// Nothing was stored (the transaction rolled back): retry from the first record.
			throw failed(records.get(0), ex);
		}
	}

	private static <V, T> void storeOneByOne(List<ConsumerRecord<String, V>> records, List<T> values,
			Consumer<List<T>> storeInOneTransaction) {
		for (int i = 0; i < values.size(); i++) {
			try {
				storeInOneTransaction.accept(List.of(values.get(i)));
			}
			catch (RuntimeException ex) {
				throw failed(records.get(i), ex);
			}
		}
	}

	/** A value the deserializer could not read arrives as null, with the reason in a header. */
	private static <V> V readable(ConsumerRecord<String, V> record) {
		if (record.value() == null) {
			DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
					SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, log);
			if (unreadable != null) {
				throw unreadable;
			}
			throw new UnprocessableRecordException("a record without a value is no order");
		}
		return record.value();
	}

	private static BatchListenerFailedException failed(ConsumerRecord<?, ?> record, RuntimeException cause) {
		return new BatchListenerFailedException(cause.getMessage(), cause, record);
	}

}
