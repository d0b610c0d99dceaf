package dev.orderflow.eventlog;

/** An event for tests of the event log and its transports, which do not care what the event says. */
public record TestEvent(long aggregateId) implements Event {

	@Override
	public String type() {
		return "TestEvent";
	}

	@Override
	public int version() {
		return 1;
	}

	@Override
	public String key() {
		return aggregateId + "test";
	}

}
