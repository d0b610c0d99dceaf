package dev.orderflow.atom.consumer.notes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.orderflow.atom.consumer.FeedEntryHandler;
import dev.orderflow.atom.consumer.UnprocessableEntryException;
import org.slf4j.MDC;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class NoteTakenHandler implements FeedEntryHandler<NoteTaken> {

	/** While set, every note fails as it would while a dependency is down. */
	public static final AtomicBoolean failing = new AtomicBoolean();

	/**
	 * The trace id the log lines named (MDC {@code traceId}) while each note was handled, by its text; "none" outside
	 * a trace.
	 */
	public static final Map<String, String> traceIds = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	NoteTakenHandler(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String eventType() {
		return "NoteTaken";
	}

	@Override
	public Class<NoteTaken> eventClass() {
		return NoteTaken.class;
	}

	@Override
	public void handle(NoteTaken note) {
		if (note.text() == null || note.text().isBlank()) {
			throw new UnprocessableEntryException("a note needs a text");
		}
		String traceId = MDC.get("traceId");
		traceIds.put(note.text(), traceId == null ? "none" : traceId);
		jdbc.sql("insert into note (text) values (?)").param(note.text()).update();
		if (failing.get()) {
			throw new IllegalStateException("the notes' dependency is down");
		}
	}

}
