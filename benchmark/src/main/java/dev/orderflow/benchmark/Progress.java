package dev.orderflow.benchmark;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One progress line per second while the benchmark runs: placed, refused, and how many the consumers stored. */
final class Progress implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "progress");
		thread.setDaemon(true);
		return thread;
	});

	private final Load load;

	private final Outcomes outcomes;

	private final long afterOrderId;

	private final int orders;

	private int lastAccepted;

	private Progress(Load load, Outcomes outcomes, long afterOrderId, int orders) {
		this.load = load;
		this.outcomes = outcomes;
		this.afterOrderId = afterOrderId;
		this.orders = orders;
	}

	static Progress start(Load load, Outcomes outcomes, long afterOrderId, int orders) {
		Progress progress = new Progress(load, outcomes, afterOrderId, orders);
		progress.timer.scheduleAtFixedRate(progress::print, 1, 1, TimeUnit.SECONDS);
		return progress;
	}

	private synchronized void print() {
		int accepted = load.accepted.get();
		long[] stored = outcomes.storedAfter(afterOrderId);
		System.out.printf(Locale.ROOT, "  %5.0f s  accepted %6d/%d (%5d/s)  errors %d  shipments %6d  invoices %6d%n",
				load.elapsedNanos() / 1e9, accepted, orders, accepted - lastAccepted, load.failed.get(), stored[0],
				stored[1]);
		lastAccepted = accepted;
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
