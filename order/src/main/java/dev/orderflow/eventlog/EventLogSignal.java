package dev.orderflow.eventlog;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes the relay as soon as an event is committed, so a new event does not wait for the next poll. Events committed
 * by another instance of the service are still found by the poll.
 */
@Component
public class EventLogSignal {

	private final Semaphore permits = new Semaphore(0);

	void fire() {
		permits.release();
	}

	/** Waits until an event was committed or the timeout passed; several commits wake it once. */
	public void await(Duration timeout) throws InterruptedException {
		if (permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			permits.drainPermits();
		}
	}

}
