package dev.orderflow.atom.consumer;

import java.net.URI;
import java.time.Instant;

/**
 * What this instance's poller is doing.
 *
 * @param active whether this instance is the service's active poller; the others wait to take over
 * @param position the position stored in the service's database, -1 while the database cannot be read
 * @param lastError why the last poll failed, null after a successful one
 */
public record FeedStatus(String feed, URI url, boolean active, long position, Instant lastPolledAt,
		String lastError) {
}
