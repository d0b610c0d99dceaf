package dev.orderflow.atom.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one instance of a service the active poller of a feed: a PostgreSQL session advisory lock, held on a
 * connection of its own outside the pool. The lock goes with the connection, so when the holder dies (or loses its
 * connection) another instance gets it on its next try. The key is derived from schema and feed, because shipping and
 * invoicing share one database.
 */
final class FeedLease {

	private static final Logger log = LoggerFactory.getLogger(FeedLease.class);

	/** "atom", the advisory-lock class of feed leases. */
	private static final int LOCK_CLASS = 0x61746f6d;

	private final DataSource unpooled;

	private final Supplier<String> schema;

	private final String feed;

	private final String instance;

	private Connection connection;

	private String description;

	/** @param schema the service's schema, asked for on first use, once Flyway has created it */
	FeedLease(DataSource unpooled, Supplier<String> schema, String feed, String instance) {
		this.unpooled = unpooled;
		this.schema = schema;
		this.feed = feed;
		this.instance = instance;
	}

	/** Whether this instance holds the lease, trying to take it if not. */
	synchronized boolean hold() throws SQLException {
		if (connection != null) {
			if (connection.isValid(5)) {
				return true;
			}
			log.warn("{} lost its connection and with it the lease of the active feed poller", description);
			closeQuietly();
		}
		String name = schema.get() + "/" + feed;
		description = instance + " (" + name + ")";
		Connection candidate = unpooled.getConnection();
		boolean acquired = false;
		try (PreparedStatement lock = candidate.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, LOCK_CLASS);
			lock.setInt(2, name.hashCode());
			try (ResultSet result = lock.executeQuery()) {
				acquired = result.next() && result.getBoolean(1);
			}
		}
		finally {
			if (!acquired) {
				candidate.close();
			}
		}
		if (acquired) {
			connection = candidate;
			log.info("{} is now the active feed poller", description);
		}
		return acquired;
	}

	/** Closing the connection ends the session, and PostgreSQL releases its advisory locks with it. */
	synchronized void release() {
		if (connection != null) {
			closeQuietly();
			log.info("{} gave up the lease of the active feed poller", description);
		}
	}

	private void closeQuietly() {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing the lease connection failed", ex);
		}
		connection = null;
	}

}
