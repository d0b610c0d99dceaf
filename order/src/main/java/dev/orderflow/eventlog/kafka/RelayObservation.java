package dev.orderflow.eventlog.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.orderflow.eventlog.LoggedEvent;
import dev.orderflow.eventlog.TraceParent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

import org.springframework.stereotype.Component;

/**
 * What the relay tells about each event it sends: a span, the child of the trace stored with the event (the request
 * that placed the order), whose {@code traceparent} the record carries so that its consumers continue the trace; and
 * the count of events the broker acknowledged, by type ({@code orderflow.events.published}).
 */
@Component
class RelayObservation {

	private static final Propagator.Getter<String> STORED = (traceParent, key) -> TraceParent.HEADER.equals(key)
			? traceParent : null;

	private static final Propagator.Setter<Headers> HEADERS = (headers, key, value) -> {
		if (headers != null) {
			headers.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8));
		}
	};

	private final Propagator propagator;

	private final MeterRegistry registry;

	private final Map<String, Counter> published = new ConcurrentHashMap<>();

	RelayObservation(Propagator propagator, MeterRegistry registry) {
		this.propagator = propagator;
		this.registry = registry;
	}

	/** Starts the event's publish span and writes its trace headers into the record. */
	Span sending(LoggedEvent event, ProducerRecord<String, byte[]> record) {
		Span span = propagator.extract(event.traceParent(), STORED)
			.name("order-topic publish")
			.kind(Span.Kind.PRODUCER)
			.tag("messaging.destination.name", record.topic())
			.tag("orderflow.event.position", Long.toString(event.position()))
			.start();
		propagator.inject(span.context(), record.headers(), HEADERS);
		return span;
	}

	/** The broker acknowledged the event ({@code failure} null) or the send failed. */
	void sent(LoggedEvent event, Span span, Throwable failure) {
		if (failure != null) {
			span.error(failure);
		}
		else {
			published.computeIfAbsent(event.type(), type -> Counter.builder("orderflow.events.published")
				.description("Events the broker acknowledged, by type; an event sent again after a crash counts again")
				.tag("type", type)
				.register(registry)).increment();
		}
		span.end();
	}

}
