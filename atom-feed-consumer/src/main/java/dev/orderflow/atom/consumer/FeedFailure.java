package dev.orderflow.atom.consumer;

import java.time.Instant;

/**
 * An entry the consumer passed over, with the reason.
 *
 * @param content the entry's JSON if it could be decoded, else null
 */
public record FeedFailure(String feed, long position, String entryId, String eventType, String reason,
		String content, Instant failedAt) {
}
