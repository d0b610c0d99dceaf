package dev.orderflow.atom.consumer;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;

/**
 * Polls the feed while this instance holds the lease. A poll asks for the subscription document (conditionally, with
 * the ETag of the last one it finished), walks {@code prev-archive} back until it reaches the stored position, then
 * handles the entries after that position oldest first. A failed poll is tried again after a pause that doubles up to
 * {@code maxBackoff}; the stored position makes the retry start where the failure left off.
 */
public final class FeedPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	private final FeedConsumerProperties properties;

	private final FeedClient client;

	private final FeedLease lease;

	private final FeedPositions positions;

	private final EntryProcessor processor;

	private volatile ScheduledExecutorService executor;

	private volatile boolean active;

	private volatile Instant lastPolledAt;

	private volatile String lastError;

	private String finishedEtag;

	private Duration backoff;

	FeedPoller(FeedConsumerProperties properties, FeedClient client, FeedLease lease, FeedPositions positions,
			EntryProcessor processor) {
		this.properties = properties;
		this.client = client;
		this.lease = lease;
		this.positions = positions;
		this.processor = processor;
	}

	public FeedStatus status() {
		long position;
		try {
			position = positions.read(properties.name());
		}
		catch (RuntimeException ex) {
			position = -1;
		}
		return new FeedStatus(properties.name(), properties.url(), active, position, lastPolledAt, lastError);
	}

	@Override
	public void start() {
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "feed-poller");
			thread.setDaemon(true);
			return thread;
		});
		backoff = properties.pollInterval();
		executor.execute(this::tick);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = executor;
		executor = null;
		if (running != null) {
			running.shutdownNow();
			try {
				running.awaitTermination(properties.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		lease.release();
		active = false;
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

	private void tick() {
		Duration next = properties.pollInterval();
		try {
			boolean holds = lease.hold();
			if (holds && !active) {
				// Another instance may have moved on meanwhile; start from the stored position, not from a cached ETag.
				finishedEtag = null;
			}
			active = holds;
			if (holds) {
				poll();
			}
			lastError = null;
			backoff = properties.pollInterval();
		}
		catch (InterruptedException ex) {
			return;
		}
		catch (Exception ex) {
			lastError = NestedExceptionUtils.getMostSpecificCause(ex).toString();
			next = backoff;
			backoff = backoff.multipliedBy(2).compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff()
					: backoff.multipliedBy(2);
			log.warn("Polling the feed {} failed, trying again in {} ms: {}", properties.url(), next.toMillis(), lastError);
		}
		finally {
			lastPolledAt = Instant.now();
		}
		ScheduledExecutorService running = executor;
		if (running != null && !running.isShutdown()) {
			running.schedule(this::tick, next.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void poll() throws InterruptedException {
		long stored = positions.current(properties.name());
		Optional<FeedDocument> fetched = client.get(properties.url(), finishedEtag);
		if (fetched.isEmpty()) {
			return;
		}
		FeedDocument newest = fetched.get();
		// Only the URLs are kept on the way back; the pages are fetched again on the way forward.
		List<URI> older = new ArrayList<>();
		FeedDocument oldest = newest;
		while (oldest.startsAfter(stored) && oldest.prevArchive().isPresent()) {
			older.add(oldest.prevArchive().get());
			oldest = client.get(older.get(older.size() - 1));
		}
		for (int i = older.size() - 1; i >= 0; i--) {
			stored = consume(i == older.size() - 1 ? oldest : client.get(older.get(i)), stored);
		}
		consume(newest, stored);
		finishedEtag = newest.etag();
	}

	/**
	 * Handles a document's entries after the stored position. Consecutive readable entries are handled together, in
	 * one transaction; a gap or an unreadable entry is passed over on its own, as before.
	 */
	private long consume(FeedDocument document, long stored) throws InterruptedException {
		List<FeedEntry> run = new ArrayList<>();
		long last = stored;
		for (FeedEntry entry : document.entries()) {
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedException();
			}
			if (entry.position() <= last) {
				continue;
			}
			if (entry.position() == last + 1 && entry.readable()) {
				run.add(entry);
			}
			else {
				processor.processAll(run);
				run.clear();
				if (entry.position() > last + 1) {
					processor.passOverGap(last + 1, entry.position() - 1);
				}
				processor.process(entry);
			}
			last = entry.position();
		}
		processor.processAll(run);
		return last;
	}

}
