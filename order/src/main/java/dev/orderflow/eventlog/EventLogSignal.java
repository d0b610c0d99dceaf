package dev.orderflow.eventlog;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes a waiting thread as soon as something happened to the event log, so it does not wait for its next poll: the
 * event log fires this bean when an event is committed, the sequencer its own instance when it assigned positions.
 * What other instances of the service did is still found by the poll.
 */
@Component
public class EventLogSignal {

	private final Semaphore permits = new Semaphore(0);

	void fire() {
		permits.release();
	}

	/** Waits until the signal fired or the timeout passed; several firings wake it once. */
	public void await(Duration timeout) throws InterruptedException {
		if (permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			permits.drainPermits();
		}
	}

}
