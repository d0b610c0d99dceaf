package dev.orderflow.eventlog;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;

/**
 * One thread that runs {@link #round()} after round for as long as the application runs. A round does its work and
 * then waits for the next reason to work; a round that fails is retried after a pause that doubles up to five seconds.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private final String name;

	private final Duration stopTimeout;

	private volatile Thread worker;

	protected BackgroundWorker(String name, Duration stopTimeout) {
		this.name = name;
		this.stopTimeout = stopTimeout;
	}

	/** Does the work there is, then waits (interruptibly) until there may be more. */
	protected abstract void round() throws InterruptedException;

	@Override
	public void start() {
		worker = new Thread(this::run, name);
		worker.start();
	}

	@Override
	public void stop() {
		Thread running = worker;
		worker = null;
		if (running != null) {
			running.interrupt();
			try {
				running.join(stopTimeout.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return worker != null;
	}

	private void run() {
		Duration backoff = Duration.ofMillis(100);
		while (worker == Thread.currentThread()) {
			try {
				round();
				backoff = Duration.ofMillis(100);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("{} failed, retrying in {} ms: {}", name, backoff.toMillis(),
						NestedExceptionUtils.getMostSpecificCause(ex).toString());
				try {
					Thread.sleep(backoff.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
			}
		}
	}

}
