package dev.orderflow.eventlog;

/** What the event log needs to know about an event besides its JSON body. */
public interface Event {

	String type();

	int version();

	String key();

	long aggregateId();

}
