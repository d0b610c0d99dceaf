package dev.orderflow.atom.consumer;

import java.time.Instant;

/**
 * One entry as the feed document gave it. An entry that could be placed (it has a position) but not read otherwise
 * carries the {@code problem} instead of its JSON.
 *
 * @param id the entry's permanent id, e.g. {@code urn:uuid:...}
 * @param traceParent the W3C {@code traceparent} of the trace the event was appended in; null if it carries none
 * @param json the event, decoded from the Base64 content; null when there is a problem
 * @param problem why the entry cannot be read; null when it can
 */
record FeedEntry(long position, String id, String type, Integer version, Instant updated, String traceParent,
		String json, String problem) {

	boolean readable() {
		return problem == null;
	}

}
