package dev.orderflow.eventlog;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored: {@code payload} is the exact JSON every transport delivers. {@code sequencedAt} is when it got
 * its position, and grows with the position.
 */
public record LoggedEvent(long position, UUID eventId, String type, int version, String key, long aggregateId,
		String payload, Instant occurredAt, Instant sequencedAt) {
}
