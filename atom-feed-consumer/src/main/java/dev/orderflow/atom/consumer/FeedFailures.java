package dev.orderflow.atom.consumer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The entries this service passed over, for its pages and its API. */
public final class FeedFailures {

	private static final int MAX_CONTENT = 10_000;

	private final JdbcClient jdbc;

	FeedFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String feed, long position, String entryId, String eventType, String reason, String content) {
		String kept = content == null || content.length() <= MAX_CONTENT ? content : content.substring(0, MAX_CONTENT);
		jdbc.sql("""
				insert into feed_failure (feed, position, entry_id, event_type, reason, content, failed_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(feed, position, entryId, eventType, reason, kept, Timestamp.from(Instant.now()))
			.update();
	}

	/** The most recent failures first. */
	public List<FeedFailure> newest(int max) {
		return jdbc.sql("select * from feed_failure order by failed_at desc, position desc limit ?")
			.param(max)
			.query((rs, row) -> new FeedFailure(rs.getString("feed"), rs.getLong("position"), rs.getString("entry_id"),
					rs.getString("event_type"), rs.getString("reason"), rs.getString("content"),
					rs.getTimestamp("failed_at").toInstant()))
			.list();
	}

	/** How many entries this service passed over in all. */
	public long count() {
		return jdbc.sql("select count(*) from feed_failure").query(Long.class).single();
	}

}
