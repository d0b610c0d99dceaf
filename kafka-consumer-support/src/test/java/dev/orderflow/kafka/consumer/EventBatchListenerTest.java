package dev.orderflow.kafka.consumer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.BatchListenerFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class EventBatchListenerTest {

	/** Each call of the use case is one transaction; what it was given is remembered only if it did not fail. */
	final List<List<String>> transactions = new ArrayList<>();

	final NotesListener listener = new NotesListener(transactions);

	@Test
	void aPollIsReadWithEachRecordsEventTypeAndIdAndAppliedInOneCall() {
		listener.on(List.of(record(0, "a", "NoteTaken", "1"), record(1, "b", null, null)));

		assertThat(transactions).containsExactly(List.of("NoteTaken/1/a", "null/null/b"));
	}

	@Test
	void aValueTheReaderCanNeverReadIsUnprocessableWithTheReadersReason() {
		assertThatThrownBy(() -> listener.read("NoteTaken", "1", "blank"))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessage("a note needs text");
		assertThatThrownBy(() -> listener.read("NoteTaken", "1", null))
			.isInstanceOf(UnprocessableRecordException.class)
			.hasMessage("a record without a value is no order");
	}

	@Test
	void anyOtherFailureOfTheReaderStaysWhatItIsSoThatItIsRetried() {
		assertThatThrownBy(() -> listener.read("NoteTaken", "1", "flaky")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anEventTheUseCaseCanNeverApplyIsFoundRecordByRecordAndNamedAsUnprocessable() {
		List<ConsumerRecord<String, String>> records = List.of(record(0, "a", null, null),
				record(1, "unknown", null, null), record(2, "c", null, null));

		assertThatThrownBy(() -> listener.on(records)).asInstanceOf(type(BatchListenerFailedException.class))
			.satisfies(ex -> {
				assertThat(ex.getRecord()).isSameAs(records.get(1));
				assertThat(ex.getCause()).isInstanceOf(UnprocessableRecordException.class)
					.hasMessage("no note unknown");
			});
		assertThat(transactions).containsExactly(List.of("null/null/a"));
	}

	@Test
	void aRetriedDeadLetterIsReadFromItsKeptHeadersAndAppliedAlone() {
		RecordHeaders headers = new RecordHeaders();
		headers.add("event-type", "NoteTaken".getBytes(StandardCharsets.UTF_8));
		headers.add("event-id", "7".getBytes(StandardCharsets.UTF_8));

		listener.process("a", headers);

		assertThat(listener.valueType()).isEqualTo(String.class);
		assertThat(transactions).containsExactly(List.of("NoteTaken/7/a"));
	}

	private static ConsumerRecord<String, String> record(long offset, String value, String type, String id) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("notes", 0, offset, "key", value);
		if (type != null) {
			record.headers().add("event-type", type.getBytes(StandardCharsets.UTF_8));
		}
		if (id != null) {
			record.headers().add("event-id", id.getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

	/** A service's listener as a service writes one: its reading, its use case, its exceptions' meaning. */
	static class NotesListener extends EventBatchListener<String, String> {

		NotesListener(List<List<String>> transactions) {
			super(String.class, NotesListener::readNote, List.of(IllegalArgumentException.class), notes -> {
				if (notes.stream().anyMatch(note -> note.endsWith("/unknown"))) {
					throw new NoSuchElementException("no note unknown");
				}
				transactions.add(List.copyOf(notes));
			}, List.of(NoSuchElementException.class));
		}

		void on(List<ConsumerRecord<String, String>> records) {
			storeAll(records);
		}

		private static String readNote(String type, String id, String value) {
			if (value.equals("blank")) {
				throw new IllegalArgumentException("a note needs text");
			}
			if (value.equals("flaky")) {
				throw new IllegalStateException("try again");
			}
			return type + "/" + id + "/" + value;
		}

	}

}
