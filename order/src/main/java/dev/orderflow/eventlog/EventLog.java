package dev.orderflow.eventlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appending happens inside the caller's transaction. Positions are assigned afterwards by {@link #sequence(int)}, which
 * only sees committed rows: an order whose transaction commits late gets a position after everything already
 * sequenced, so a reader that has seen position n never misses an event at a position below n.
 */
@Repository
public class EventLog {

	/** Serialises sequencing across all instances of the order service. */
	private static final long SEQUENCE_LOCK = 0x6f72646572L;

	private static final String COLUMNS = "position, event_id, type, version, event_key, aggregate_id, payload, occurred_at, sequenced_at, trace_parent";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final EventLogSignal signal;

	private final TraceParent traceParent;

	EventLog(JdbcClient jdbc, JsonMapper json, EventLogSignal signal, TraceParent traceParent) {
		this.jdbc = jdbc;
		this.json = json;
		this.signal = signal;
		this.traceParent = traceParent;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void append(Event event) {
		jdbc.sql("""
				insert into event_log (event_id, type, version, event_key, aggregate_id, payload, occurred_at,
				                       trace_parent)
				values (?, ?, ?, ?, ?, ?::json, ?, ?)""")
			.params(UUID.randomUUID(), event.type(), event.version(), event.key(), event.aggregateId(),
					json.writeValueAsString(event), Timestamp.from(Instant.now()), traceParent.current())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				signal.fire();
			}
		});
	}

	/** Gives the oldest committed events without a position the next positions; returns how many it sequenced. */
	@Transactional
	public int sequence(int max) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(SEQUENCE_LOCK).query(Object.class).single();
		return jdbc.sql("""
				with base as (select coalesce(max(position), 0) as last from event_log),
				     todo as (select id, row_number() over (order by id) as n
				              from event_log where position is null order by id limit ?)
				update event_log e set position = base.last + todo.n, sequenced_at = clock_timestamp()
				from todo, base where e.id = todo.id""")
			.param(max)
			.update();
	}

	/** The newest position and when it was assigned; position 0 and no time while nothing is sequenced. */
	public Head head() {
		return jdbc.sql("select position, sequenced_at from event_log where position is not null order by position desc limit 1")
			.query((rs, row) -> new Head(rs.getLong("position"), rs.getTimestamp("sequenced_at").toInstant()))
			.optional()
			.orElse(new Head(0, null));
	}

	/** The sequenced events from position {@code first} to {@code last}, both included, oldest first. */
	public List<LoggedEvent> between(long first, long last) {
		return jdbc.sql("select " + COLUMNS + " from event_log where position between ? and ? order by position")
			.params(first, last)
			.query(EventLog::loggedEvent)
			.list();
	}

	/** Sequenced events that no broker has acknowledged yet, oldest first. */
	public List<LoggedEvent> unpublished(int max) {
		return jdbc.sql("select " + COLUMNS
				+ " from event_log where position is not null and published_at is null order by position limit ?")
			.param(max)
			.query(EventLog::loggedEvent)
			.list();
	}

	/** How many events no broker has acknowledged yet, sequenced or not, and when the oldest of them occurred. */
	public Backlog backlog() {
		return jdbc.sql("select count(*) as events, min(occurred_at) as oldest from event_log where published_at is null")
			.query((rs, row) -> new Backlog(rs.getLong("events"),
					rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant()))
			.single();
	}

	public void markPublished(List<Long> positions) {
		jdbc.sql("update event_log set published_at = now() where position = any(?)")
			.param(positions.toArray(Long[]::new))
			.update();
	}

	private static LoggedEvent loggedEvent(ResultSet rs, int row) throws SQLException {
		return new LoggedEvent(rs.getLong("position"), rs.getObject("event_id", UUID.class), rs.getString("type"),
				rs.getInt("version"), rs.getString("event_key"), rs.getLong("aggregate_id"), rs.getString("payload"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("sequenced_at").toInstant(),
				rs.getString("trace_parent"));
	}

	/**
	 * @param position the newest position, 0 while nothing is sequenced
	 * @param sequencedAt when it was assigned, null while nothing is sequenced
	 */
	public record Head(long position, Instant sequencedAt) {
	}

	/** @param oldest when the oldest unpublished event occurred, null if there is none */
	public record Backlog(long events, Instant oldest) {
	}

}
