package dev.orderflow.kafka.consumer.deadletters;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dead letters of this consumer, in its own schema (table {@code dead_letter}). Rows are never deleted: a retried
 * or discarded dead letter is closed with its time.
 */
public class DeadLetters {

	private static final String KEY = "original_topic = ? and original_partition = ? and original_offset = ?";

	private final JdbcClient jdbc;

	DeadLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the dead letter unless one is stored for the same original record; returns whether it was new. */
	boolean add(DeadLetter letter, Payload payload) {
		return jdbc.sql("""
				insert into dead_letter (original_topic, original_partition, original_offset, record_key, exception,
				                         message, payload, content_type, event_type, event_id, failed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (original_topic, original_partition, original_offset) do nothing""")
			.params(letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.key(),
					letter.exception(), letter.message(), payload.bytes(), payload.contentType(), payload.eventType(),
					payload.eventId(), Timestamp.from(letter.failedAt()))
			.update() == 1;
	}

	/** All of them, open and closed, newest first. */
	public Page<DeadLetter> findAll(Pageable pageable) {
		return page("", pageable);
	}

	/** Those nobody retried successfully or discarded yet, newest first. */
	public Page<DeadLetter> findOpen(Pageable pageable) {
		return page("where status = 'open'", pageable);
	}

	/** How many nobody retried successfully or discarded yet. */
	long countOpen() {
		return jdbc.sql("select count(*) from dead_letter where status = 'open'").query(Long.class).single();
	}

	/** The most recently retried or discarded. */
	List<DeadLetter> recentlyClosed(int max) {
		return jdbc.sql("select * from dead_letter where status <> 'open' order by closed_at desc limit ?")
			.param(max)
			.query(DeadLetters::deadLetter)
			.list();
	}

	/** The stored value of an open dead letter, exactly as it was on the dead-letter topic. */
	Optional<Payload> openPayload(DeadLetterId id) {
		return jdbc.sql("select payload, content_type, event_type, event_id from dead_letter where " + KEY
				+ " and status = 'open'")
			.params(id.topic(), id.partition(), id.offset())
			.query((rs, row) -> new Payload(rs.getBytes("payload"), rs.getString("content_type"),
					rs.getString("event_type"), rs.getString("event_id")))
			.optional();
	}

	/** Closes an open dead letter as processed; false if it was not open (any more). */
	boolean markRetried(DeadLetterId id, Instant at) {
		return close(id, "retried", at);
	}

	/** Closes an open dead letter unprocessed; false if it was not open (any more). */
	boolean discard(DeadLetterId id, Instant at) {
		return close(id, "discarded", at);
	}

	/** Keeps the dead letter open with the reason its retry failed. */
	void retryFailed(DeadLetterId id, String exception, String message, Instant at) {
		jdbc.sql("update dead_letter set exception = ?, message = ?, last_retried_at = ? where " + KEY
				+ " and status = 'open'")
			.params(exception, message, Timestamp.from(at), id.topic(), id.partition(), id.offset())
			.update();
	}

	private boolean close(DeadLetterId id, String status, Instant at) {
		boolean retried = status.equals("retried");
		return jdbc.sql("update dead_letter set status = ?, closed_at = ?, last_retried_at = coalesce(?, last_retried_at)"
				+ " where " + KEY + " and status = 'open'")
			.params(status, Timestamp.from(at), retried ? Timestamp.from(at) : null, id.topic(), id.partition(),
					id.offset())
			.update() == 1;
	}

	private Page<DeadLetter> page(String where, Pageable pageable) {
		List<DeadLetter> content = jdbc.sql("select * from dead_letter " + where
				+ " order by failed_at desc, original_topic, original_partition, original_offset limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(DeadLetters::deadLetter)
			.list();
		long total = jdbc.sql("select count(*) from dead_letter " + where).query(Long.class).single();
		return new PageImpl<>(content, pageable, total);
	}

	private static DeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
		return new DeadLetter(rs.getString("original_topic"), rs.getInt("original_partition"),
				rs.getLong("original_offset"), rs.getString("record_key"), rs.getString("exception"),
				rs.getString("message"), new Payload(rs.getBytes("payload"), rs.getString("content_type")).text(),
				rs.getTimestamp("failed_at").toInstant(), rs.getString("status"), instant(rs, "last_retried_at"),
				instant(rs, "closed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * A record's value; {@code bytes} is {@code null} for a record without value, {@code contentType} {@code null}
	 * for one that did not say (read as JSON, as the consumers do), {@code eventType} and {@code eventId} the record's
	 * headers of those names, {@code null} where it had none (or was stored before they were kept).
	 */
	record Payload(byte[] bytes, String contentType, String eventType, String eventId) {

		Payload(byte[] bytes, String contentType) {
			this(bytes, contentType, null, null);
		}

		/** Binary Avro would be unreadable as text, so it is shown in Base64, saying so. */
		String text() {
			if (bytes == null) {
				return null;
			}
			if (contentType != null && contentType.startsWith("avro/")) {
				return contentType + ", Base64: " + Base64.getEncoder().encodeToString(bytes);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}

	}

}
