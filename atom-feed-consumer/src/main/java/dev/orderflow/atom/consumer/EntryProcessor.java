package dev.orderflow.atom.consumer;

import java.util.List;
import java.util.Map;

import dev.orderflow.atom.consumer.tracing.TracedEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles entries in a transaction: the stored position is locked and checked, the service's handler runs, and the
 * position moves on, all committed together. A run of consecutive entries (up to a page) shares one transaction, so
 * one commit; if one of them can never succeed, the run is handled again entry by entry. Entries that can never
 * succeed are recorded and passed over in a transaction of their own; any other failure rolls back and reaches the
 * poller, which tries again later.
 * <p>
 * Each entry is handled in a span continuing the trace it carries ({@link TracedEntries}); in a run, each entry's
 * handler call has its own span, and the run commits after the last of them.
 */
final class EntryProcessor {

	private static final Logger log = LoggerFactory.getLogger(EntryProcessor.class);

	private final String feed;

	private final Map<String, FeedEntryHandler<?>> handlers;

	private final JsonMapper json;

	private final FeedPositions positions;

	private final FeedFailures failures;

	private final TransactionTemplate transaction;

	private final TracedEntries traced;

	EntryProcessor(String feed, Map<String, FeedEntryHandler<?>> handlers, JsonMapper json, FeedPositions positions,
			FeedFailures failures, TransactionTemplate transaction, TracedEntries traced) {
		this.feed = feed;
		this.handlers = handlers;
		this.json = json;
		this.positions = positions;
		this.failures = failures;
		this.transaction = transaction;
		this.traced = traced;
	}

	void process(FeedEntry entry) {
		traced.run(feed, entry.position(), entry.id(), entry.traceParent(), () -> processAlone(entry));
	}

	private void processAlone(FeedEntry entry) {
		if (!entry.readable()) {
			passOver(entry.position(), entry, entry.problem());
			return;
		}
		try {
			transaction.executeWithoutResult(status -> {
				if (positions.lock(feed) >= entry.position()) {
					return;
				}
				FeedEntryHandler<?> handler = handlers.get(entry.type());
				if (handler != null) {
					handle(handler, entry);
				}
				positions.advance(feed, entry.position(), entry.id());
			});
		}
		catch (UnprocessableEntryException | JacksonException | DataIntegrityViolationException ex) {
			passOver(entry.position(), entry, ex.getMessage());
		}
	}

	/**
	 * Handles consecutive readable entries, oldest first, in one transaction; if one of them can never succeed, that
	 * transaction stored nothing and they are handled one by one, so that only that one is passed over.
	 */
	void processAll(List<FeedEntry> entries) {
		if (entries.size() < 2) {
			entries.forEach(this::process);
			return;
		}
		try {
			transaction.executeWithoutResult(status -> {
				long stored = positions.lock(feed);
				FeedEntry last = null;
				for (FeedEntry entry : entries) {
					if (entry.position() > stored) {
						FeedEntryHandler<?> handler = handlers.get(entry.type());
						if (handler != null) {
							traced.run(feed, entry.position(), entry.id(), entry.traceParent(),
									() -> handle(handler, entry));
						}
						last = entry;
					}
				}
				if (last != null) {
					positions.advance(feed, last.position(), last.id());
				}
			});
		}
		catch (UnprocessableEntryException | JacksonException | DataIntegrityViolationException ex) {
			entries.forEach(this::process);
		}
	}

	/** Positions that no document held (their entries had no readable position), recorded as one failure. */
	void passOverGap(long first, long last) {
		passOver(last, null, (last == first ? "position " + first + " is" : "positions " + first + " to " + last + " are")
				+ " missing from the feed (an entry without a readable position?)");
	}

	private <T> void handle(FeedEntryHandler<T> handler, FeedEntry entry) {
		T event = json.readValue(entry.json(), handler.eventClass());
		if (event == null) {
			throw new UnprocessableEntryException("the entry's JSON is null");
		}
		handler.handle(event, entry.id());
	}

	private void passOver(long position, FeedEntry entry, String reason) {
		boolean recorded = Boolean.TRUE.equals(transaction.execute(status -> {
			if (positions.lock(feed) >= position) {
				return false;
			}
			failures.record(feed, position, entry == null ? null : entry.id(), entry == null ? null : entry.type(),
					reason, entry == null ? null : entry.json());
			positions.advance(feed, position, entry == null ? null : entry.id());
			return true;
		}));
		if (recorded) {
			log.warn("Feed {}: passed over position {} ({}): {}", feed, position, entry == null ? "no entry" : entry.id(),
					reason);
		}
	}

}
