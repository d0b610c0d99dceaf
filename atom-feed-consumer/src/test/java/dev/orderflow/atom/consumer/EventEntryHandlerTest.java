package dev.orderflow.atom.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import dev.orderflow.atom.consumer.notes.NoteTaken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEntryHandlerTest {

	final List<List<String>> applied = new ArrayList<>();

	final EventEntryHandler<NoteTaken, String> handler = new EventEntryHandler<>("NoteTaken", NoteTaken.class,
			EventEntryHandlerTest::read, this::apply, List.of(IllegalArgumentException.class,
					NoSuchElementException.class));

	@Test
	void anEntryIsReadWithItsTypeAndIdAndAppliedAlone() {
		handler.handle(new NoteTaken("milk"), "urn:uuid:1");
		handler.handle(new NoteTaken("eggs"));

		assertThat(handler.eventType()).isEqualTo("NoteTaken");
		assertThat(handler.eventClass()).isEqualTo(NoteTaken.class);
		assertThat(applied).containsExactly(List.of("NoteTaken/urn:uuid:1/milk"), List.of("NoteTaken/null/eggs"));
	}

	@Test
	void whatTheReaderOrTheUseCaseCanNeverDoIsAnUnprocessableEntryWithTheirReason() {
		assertThatThrownBy(() -> handler.handle(new NoteTaken(" "), "urn:uuid:2"))
			.isInstanceOf(UnprocessableEntryException.class)
			.hasMessage("a note needs text");
		assertThatThrownBy(() -> handler.handle(new NoteTaken("unknown"), "urn:uuid:3"))
			.isInstanceOf(UnprocessableEntryException.class)
			.hasMessage("no such note");
		assertThat(applied).isEmpty();
	}

	@Test
	void anyOtherFailureStaysWhatItIsSoThatTheEntryIsTriedAgain() {
		assertThatThrownBy(() -> handler.handle(new NoteTaken("flaky"), "urn:uuid:4"))
			.isInstanceOf(IllegalStateException.class);
	}

	private static String read(String type, String entryId, NoteTaken note) {
		if (note.text().isBlank()) {
			throw new IllegalArgumentException("a note needs text");
		}
		return type + "/" + entryId + "/" + note.text();
	}

	private void apply(List<String> notes) {
		if (notes.get(0).endsWith("/unknown")) {
			throw new NoSuchElementException("no such note");
		}
		if (notes.get(0).endsWith("/flaky")) {
			throw new IllegalStateException("try again");
		}
		applied.add(notes);
	}

}
