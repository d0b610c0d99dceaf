package dev.orderflow.atom.consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The consumer's cursor in each feed it reads, in its own schema. */
final class FeedPositions {

	private final JdbcClient jdbc;

	FeedPositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored position, 0 for a feed never read before. */
	long current(String feed) {
		jdbc.sql("insert into feed_position (feed, position, updated_at) values (?, 0, now()) on conflict do nothing")
			.param(feed)
			.update();
		return jdbc.sql("select position from feed_position where feed = ?").param(feed).query(Long.class).single();
	}

	/** The stored position without writing anything, 0 for a feed never read before. */
	long read(String feed) {
		return jdbc.sql("select position from feed_position where feed = ?").param(feed).query(Long.class).optional()
			.orElse(0L);
	}

	/**
	 * The stored position, with the row locked until the transaction ends: two pollers that reach the same entry at
	 * once (say while the lease changes hands) take turns, and the second sees that the first handled it.
	 */
	long lock(String feed) {
		return jdbc.sql("select position from feed_position where feed = ? for update").param(feed).query(Long.class)
			.single();
	}

	void advance(String feed, long position, String entryId) {
		jdbc.sql("update feed_position set position = ?, entry_id = ?, updated_at = now() where feed = ?")
			.params(position, entryId, feed)
			.update();
	}

}
