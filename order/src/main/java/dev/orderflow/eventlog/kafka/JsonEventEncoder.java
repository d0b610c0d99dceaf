package dev.orderflow.eventlog.kafka;

import java.nio.charset.StandardCharsets;

import dev.orderflow.eventlog.LoggedEvent;

/** The event log's JSON as it is, the same bytes as the Atom feed carries. */
class JsonEventEncoder implements EventEncoder {

	static final String CONTENT_TYPE = "application/json";

	@Override
	public EncodedEvent encode(LoggedEvent event) {
		return new EncodedEvent(event.payload().getBytes(StandardCharsets.UTF_8), CONTENT_TYPE, event.version());
	}

}
