package dev.orderflow.kafka.consumer.deadletters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauge {@code orderflow.kafka.dead.letters.open}: the dead letters waiting for an admin. Counted in the database at
 * most every ten seconds, however often the endpoint is scraped; while the database does not answer, the gauge
 * reports no value (NaN) rather than an outdated one.
 */
class OpenDeadLetters implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(OpenDeadLetters.class);

	static final Duration MAX_AGE = Duration.ofSeconds(10);

	private final DeadLetters deadLetters;

	private final Clock clock;

	private Instant countedAt = Instant.MIN;

	private double count = Double.NaN;

	OpenDeadLetters(DeadLetters deadLetters, Clock clock) {
		this.deadLetters = deadLetters;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("orderflow.kafka.dead.letters.open", this, OpenDeadLetters::count)
			.description("Dead letters nobody retried successfully or discarded yet")
			.register(registry);
	}

	synchronized double count() {
		Instant now = clock.instant();
		if (countedAt.plus(MAX_AGE).isAfter(now)) {
			return count;
		}
		countedAt = now;
		try {
			count = deadLetters.countOpen();
		}
		catch (RuntimeException ex) {
			log.debug("Could not count the open dead letters: {}", ex.toString());
			count = Double.NaN;
		}
		return count;
	}

}
