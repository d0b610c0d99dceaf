package dev.orderflow.eventlog.kafka;

import dev.orderflow.eventlog.LoggedEvent;

/** Turns a logged event (always JSON in the event log) into the value of its Kafka record. */
interface EventEncoder {

	/** Called before each batch: publishes whatever readers must find before the first record (a writer schema). */
	default void prepare() {
	}

	EncodedEvent encode(LoggedEvent event);

}
