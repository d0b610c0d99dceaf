package dev.orderflow.atom.consumer.tracing;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the handling of one feed entry in a span of its own, a child of the W3C {@code traceparent} the order service
 * wrote into the entry, so an order's trace runs from the HTTP request that placed it into this service over the feed
 * as it does over Kafka: the span is named and tagged like the Kafka consumers' {@code order-topic process}, here
 * {@code <feed>-feed process}. While the handling runs the span is current, so the service's log lines name its trace.
 * An entry without a {@code traceparent} (appended outside a trace, or by an older order service) starts a new trace.
 * <p>
 * Without a tracer ({@link #NONE}) the handling just runs.
 */
public final class TracedEntries {

	/** For a service without Micrometer Tracing on its class path. */
	public static final TracedEntries NONE = new TracedEntries(Tracer.NOOP, Propagator.NOOP);

	private static final Logger log = LoggerFactory.getLogger(TracedEntries.class);

	private static final String TRACEPARENT = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	public TracedEntries(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * @param feed the feed's name, e.g. {@code order}
	 * @param traceParent the entry's {@code log:traceparent}; null if it has none
	 * @param handling what the service does with the entry; its exception marks the span failed and is rethrown
	 */
	public void run(String feed, long position, String entryId, String traceParent, Runnable handling) {
		Map<String, String> carrier = traceParent == null ? Map.of() : Map.of(TRACEPARENT, traceParent);
		Span span = propagator.extract(carrier, Map::get)
			.name(feed + "-feed process")
			.kind(Span.Kind.CONSUMER)
			.tag("messaging.destination.name", feed)
			.tag("messaging.message.id", String.valueOf(entryId))
			.tag("orderflow.feed.position", Long.toString(position))
			.start();
		try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
			try {
				handling.run();
			}
			catch (RuntimeException ex) {
				span.error(ex);
				log.debug("Failed on {}@{} {}: {}", feed, position, entryId, ex.toString());
				throw ex;
			}
			log.debug("Handled {}@{} {}", feed, position, entryId);
		}
		finally {
			span.end();
		}
	}

}
