package dev.orderflow.kafka.consumer.deadletters;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dead letters of this consumer, in its own schema (table {@code dead_letter}). */
public class DeadLetters {

	private final JdbcClient jdbc;

	DeadLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the dead letter unless one is stored for the same original record; returns whether it was new. */
	boolean add(DeadLetter letter, byte[] payload) {
		return jdbc.sql("""
				insert into dead_letter (original_topic, original_partition, original_offset, record_key, exception,
				                         message, payload, failed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (original_topic, original_partition, original_offset) do nothing""")
			.params(letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.key(),
					letter.exception(), letter.message(), payload, Timestamp.from(letter.failedAt()))
			.update() == 1;
	}

	/** Newest first. */
	public Page<DeadLetter> findAll(Pageable pageable) {
		List<DeadLetter> content = jdbc.sql("""
				select * from dead_letter order by failed_at desc, original_topic, original_partition, original_offset
				limit ? offset ?""")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(DeadLetters::deadLetter)
			.list();
		long total = jdbc.sql("select count(*) from dead_letter").query(Long.class).single();
		return new PageImpl<>(content, pageable, total);
	}

	private static DeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
		byte[] payload = rs.getBytes("payload");
		return new DeadLetter(rs.getString("original_topic"), rs.getInt("original_partition"),
				rs.getLong("original_offset"), rs.getString("record_key"), rs.getString("exception"),
				rs.getString("message"), payload == null ? null : new String(payload, StandardCharsets.UTF_8),
				rs.getTimestamp("failed_at").toInstant());
	}

}
