package dev.orderflow.eventlog.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.orderflow.eventlog.EventLog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gauges of the events waiting in the event log for the broker: {@code orderflow.outbox.backlog} (how many) and
 * {@code orderflow.outbox.oldest.age} (seconds since the oldest of them occurred, 0 when there is none). One indexed
 * query at most every five seconds, however often they are scraped; NaN while the database does not answer. Only with
 * the Kafka transport: with the Atom feed alone nothing is ever published, so everything would count as backlog.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class OutboxBacklog implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

	private static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final EventLog eventLog;

	private final Clock clock = Clock.systemUTC();

	private Instant sampledAt = Instant.MIN;

	private EventLog.Backlog sample;

	OutboxBacklog(EventLog eventLog) {
		this.eventLog = eventLog;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("orderflow.outbox.backlog", this, backlog -> backlog.sample() == null ? Double.NaN
				: backlog.sample().events())
			.description("Events in the event log the broker has not acknowledged yet")
			.register(registry);
		Gauge.builder("orderflow.outbox.oldest.age", this, OutboxBacklog::oldestAgeSeconds)
			.description("Seconds since the oldest event the broker has not acknowledged yet occurred")
			.baseUnit("seconds")
			.register(registry);
	}

	private double oldestAgeSeconds() {
		EventLog.Backlog backlog = sample();
		if (backlog == null) {
			return Double.NaN;
		}
		return backlog.oldest() == null ? 0 : Duration.between(backlog.oldest(), clock.instant()).toMillis() / 1000.0;
	}

	private synchronized EventLog.Backlog sample() {
		Instant now = clock.instant();
		if (sampledAt.plus(MAX_AGE).isBefore(now)) {
			sampledAt = now;
			try {
				sample = eventLog.backlog();
			}
			catch (RuntimeException ex) {
				log.debug("Could not measure the outbox backlog: {}", ex.toString());
				sample = null;
			}
		}
		return sample;
	}

}
