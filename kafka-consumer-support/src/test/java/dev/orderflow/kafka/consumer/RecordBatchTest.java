package dev.orderflow.kafka.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.BatchListenerFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class RecordBatchTest {

	/** Each call of the store is one transaction; what it was given is remembered only if it did not fail. */
	final List<List<String>> transactions = new ArrayList<>();

	@Test
	void aPollOfValidRecordsIsStoredInOneTransaction() {
		RecordBatch.store(records("a", "b", "c"), String::toUpperCase, store());

		assertThat(transactions).containsExactly(List.of("A", "B", "C"));
	}

	@Test
	void recordsBeforeOneThatCanNeverBeConvertedAreStoredAndTheErrorHandlerIsToldWhichRecordFailed() {
		List<ConsumerRecord<String, String>> records = records("a", "b", "poison", "c");

		assertThatThrownBy(() -> RecordBatch.store(records, RecordBatchTest::convert, store()))
			.asInstanceOf(type(BatchListenerFailedException.class))
			.satisfies(ex -> {
				assertThat(ex.getRecord()).isSameAs(records.get(2));
				assertThat(ex.getCause()).isInstanceOf(UnprocessableRecordException.class);
			});
		assertThat(transactions).containsExactly(List.of("A", "B"));
	}

	@Test
	void aRecordWithoutAValueCanNeverBeProcessed() {
		List<ConsumerRecord<String, String>> records = records("a", null);

		assertThatThrownBy(() -> RecordBatch.store(records, String::toUpperCase, store()))
			.asInstanceOf(type(BatchListenerFailedException.class))
			.satisfies(ex -> {
				assertThat(ex.getRecord()).isSameAs(records.get(1));
				assertThat(ex.getCause()).isInstanceOf(UnprocessableRecordException.class);
			});
		assertThat(transactions).containsExactly(List.of("A"));
	}

	@Test
	void aRecordTheDatabaseRefusesIsFoundRecordByRecordAndTheOnesBeforeItAreStored() {
		List<ConsumerRecord<String, String>> records = records("a", "b", "refused", "c");

		assertThatThrownBy(() -> RecordBatch.store(records, String::toUpperCase, store()))
			.asInstanceOf(type(BatchListenerFailedException.class))
			.satisfies(ex -> {
				assertThat(ex.getRecord()).isSameAs(records.get(2));
				assertThat(ex.getCause()).isInstanceOf(DataIntegrityViolationException.class);
			});
		assertThat(transactions).containsExactly(List.of("A"), List.of("B"));
	}

	@Test
	void aValueTheStoreDeclaresUnprocessableIsFoundRecordByRecordAndTheOnesBeforeItAreStored() {
		List<ConsumerRecord<String, String>> records = records("a", "unknown", "c");
		Consumer<List<String>> store = values -> {
			if (values.contains("UNKNOWN")) {
				throw new UnprocessableRecordException("refers to something never seen");
			}
			transactions.add(List.copyOf(values));
		};

		assertThatThrownBy(() -> RecordBatch.store(records, String::toUpperCase, store))
			.asInstanceOf(type(BatchListenerFailedException.class))
			.satisfies(ex -> {
				assertThat(ex.getRecord()).isSameAs(records.get(1));
				assertThat(ex.getCause()).isInstanceOf(UnprocessableRecordException.class);
			});
		assertThat(transactions).containsExactly(List.of("A"));
	}

	@Test
	void aListenerCanConvertFromTheWholeRecord() {
		RecordBatch.storeRecords(records("a", "b"), record -> record.key() + "=" + record.value(), store());

		assertThat(transactions).containsExactly(List.of("key0=a", "key1=b"));
	}

	@Test
	void aTransientFailureNamesTheFirstRecordSoThatNothingIsSkippedAndTheWholePollIsRetried() {
		List<ConsumerRecord<String, String>> records = records("a", "b", "poison");
		Consumer<List<String>> databaseDown = values -> {
			throw new DataAccessResourceFailureException("connection refused");
		};

		assertThatThrownBy(() -> RecordBatch.store(records, RecordBatchTest::convert, databaseDown))
			.asInstanceOf(type(BatchListenerFailedException.class))
			.satisfies(ex -> {
				assertThat(ex.getRecord()).isSameAs(records.get(0));
				assertThat(ex.getCause()).isInstanceOf(DataAccessResourceFailureException.class);
			});
	}

	private Consumer<List<String>> store() {
		return values -> {
			if (values.contains("REFUSED")) {
				throw new DataIntegrityViolationException("value too long");
			}
			transactions.add(List.copyOf(values));
		};
	}

	private static String convert(String value) {
		if (value.equals("poison")) {
			throw new UnprocessableRecordException("never");
		}
		return value.toUpperCase();
	}

	private static List<ConsumerRecord<String, String>> records(String... values) {
		return IntStream.range(0, values.length)
			.mapToObj(i -> new ConsumerRecord<>("order", 0, 100 + i, "key" + i, values[i]))
			.toList();
	}

}
