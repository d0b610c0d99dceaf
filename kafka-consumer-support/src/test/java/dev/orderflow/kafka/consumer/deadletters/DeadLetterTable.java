package dev.orderflow.kafka.consumer.deadletters;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A consumer's dead letters as its integration tests put them in and read them back. Each is put in as the recorder
 * stores one, at a fresh offset of partition 0 far beyond anything a test topic holds, so it cannot collide with a
 * real one.
 */
public final class DeadLetterTable {

	private static final AtomicLong offsets = new AtomicLong(1_000_000);

	private final JdbcClient jdbc;

	private final String topic;

	public DeadLetterTable(JdbcClient jdbc, String topic) {
		this.jdbc = jdbc;
		this.topic = topic;
	}

	/** A dead letter of a JSON record without content type or event headers; @return its offset */
	public long add(String json, String reason) {
		return add(json == null ? null : json.getBytes(StandardCharsets.UTF_8), null, null, null, reason);
	}

	/**
	 * @param payload null for a record without value
	 * @param contentType, eventType, eventId the original record's headers, null where it had none
	 * @return its offset
	 */
	public long add(byte[] payload, String contentType, String eventType, UUID eventId, String reason) {
		long offset = offsets.incrementAndGet();
		jdbc.sql("""
				insert into dead_letter (original_topic, original_partition, original_offset, record_key, exception,
				                         message, payload, content_type, event_type, event_id, failed_at)
				values (?, 0, ?, ?, 'dev.orderflow.kafka.consumer.UnprocessableRecordException', ?, ?, ?, ?, ?, ?)""")
			.params(topic, offset, offset + "created", reason, payload, contentType, eventType,
					eventId == null ? null : eventId.toString(), Timestamp.from(Instant.now()))
			.update();
		return offset;
	}

	/** The fields of the retry and discard forms that name it. */
	public Map<String, String> form(long offset) {
		return Map.of("topic", topic, "partition", "0", "offset", String.valueOf(offset));
	}

	/** Its id on the dead-letter page. */
	public String id(long offset) {
		return topic + "-0@" + offset;
	}

	public String status(long offset) {
		return jdbc.sql("select status from dead_letter where original_offset = ?").param(offset)
			.query(String.class)
			.single();
	}

	public String message(long offset) {
		return jdbc.sql("select message from dead_letter where original_offset = ?").param(offset)
			.query(String.class)
			.single();
	}

	public long count(String where) {
		return jdbc.sql("select count(*) from dead_letter where " + where).query(Long.class).single();
	}

}
