package dev.orderflow.eventlog;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives committed events their positions, in one thread per instance, woken by every commit and, for commits of other
 * instances, by a poll. Every transport reads events by position (the Kafka relay publishes them, the Atom feed pages
 * them), so this runs whichever transport is on.
 */
@Component
public class EventSequencer extends BackgroundWorker {

	private final EventLog eventLog;

	private final EventLogSignal committed;

	private final EventLogSignal sequenced = new EventLogSignal();

	private final int batchSize;

	private final Duration pollInterval;

	EventSequencer(EventLog eventLog, EventLogSignal committed,
			@Value("${orderflow.event-log.batch-size:500}") int batchSize,
			@Value("${orderflow.event-log.poll-interval:1s}") Duration pollInterval) {
		super("event-sequencer", Duration.ofSeconds(10));
		this.eventLog = eventLog;
		this.committed = committed;
		this.batchSize = batchSize;
		this.pollInterval = pollInterval;
	}

	/** Waits until this instance assigned new positions or the timeout passed. */
	public void awaitSequenced(Duration timeout) throws InterruptedException {
		sequenced.await(timeout);
	}

	@Override
	protected void round() throws InterruptedException {
		boolean any = false;
		while (eventLog.sequence(batchSize) > 0) {
			any = true;
		}
		if (any) {
			sequenced.fire();
		}
		committed.await(pollInterval);
	}

}
