package dev.orderflow.eventlog;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored: {@code payload} is the exact JSON every transport delivers. {@code sequencedAt} is when it got
 * its position, and grows with the position. {@code traceParent} is the W3C {@code traceparent} of the trace that
 * appended it, or null.
 */
public record LoggedEvent(long position, UUID eventId, String type, int version, String key, long aggregateId,
		String payload, Instant occurredAt, Instant sequencedAt, String traceParent) {
}
