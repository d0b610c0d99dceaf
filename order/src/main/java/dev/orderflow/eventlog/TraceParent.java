package dev.orderflow.eventlog;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.stereotype.Component;

/**
 * The current span as a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), written with the event so
 * that whoever publishes it later, on another thread, can continue the trace.
 */
@Component
public class TraceParent {

	public static final String HEADER = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	TraceParent(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** Null outside a trace. */
	String current() {
		Span span = tracer.currentSpan();
		if (span == null) {
			return null;
		}
		Map<String, String> carrier = new HashMap<>(4);
		propagator.inject(span.context(), carrier, Map::put);
		return carrier.get(HEADER);
	}

}
