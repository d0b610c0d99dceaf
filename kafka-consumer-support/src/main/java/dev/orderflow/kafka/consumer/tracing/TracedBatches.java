package dev.orderflow.kafka.consumer.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchInterceptor;

/**
 * Traces and times every poll the batch listener handles. Each record gets a span of its own, a child of the
 * {@code traceparent} header the order service's relay wrote, so an order's trace runs from the HTTP request that
 * placed it into this service. While the listener stores the batch, the record's span is current if the batch holds
 * one record; a batch of several gets a span linked to each record's, since one transaction stores them all.
 * <p>
 * One instance serves every consumer thread of the container factory, so a poll's state is kept per thread.
 */
public class TracedBatches implements BatchInterceptor<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(TracedBatches.class);

	private static final Propagator.Getter<Headers> HEADERS = (headers, key) -> {
		Header header = headers.lastHeader(key);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	};

	private final Tracer tracer;

	private final Propagator propagator;

	private final Timer.Builder processing = Timer.builder("orderflow.kafka.batch.processing")
		.description("Time the listener took for one poll's records, from handing them over to its return");

	private final Counter recordsHandled;

	private final MeterRegistry registry;

	private final ThreadLocal<Poll> current = new ThreadLocal<>();

	public TracedBatches(Tracer tracer, Propagator propagator, MeterRegistry registry) {
		this.tracer = tracer;
		this.propagator = propagator;
		this.registry = registry;
		this.recordsHandled = Counter.builder("orderflow.kafka.records.handled")
			.description("Records the listener handled without failure")
			.register(registry);
	}

	@Override
	public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
			Consumer<Object, Object> consumer) {
		if (records.isEmpty()) {
			return records;
		}
		List<Span> spans = new ArrayList<>(records.count());
		for (ConsumerRecord<Object, Object> record : records) {
			Span span = propagator.extract(record.headers(), HEADERS)
				.name("order-topic process")
				.kind(Span.Kind.CONSUMER)
				.tag("messaging.destination.name", record.topic())
				.tag("messaging.kafka.partition", Integer.toString(record.partition()))
				.tag("messaging.kafka.offset", Long.toString(record.offset()))
				.start();
			spans.add(span);
			if (log.isDebugEnabled()) {
				try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
					log.debug("Handling {}-{}@{} key {}", record.topic(), record.partition(), record.offset(),
							record.key());
				}
			}
		}
		Span batch = spans.size() == 1 ? null : batchSpan(spans);
		Tracer.SpanInScope scope = tracer.withSpan(batch != null ? batch : spans.get(0));
		current.set(new Poll(spans, batch, scope, Timer.start(registry)));
		return records;
	}

	private Span batchSpan(List<Span> spans) {
		Span.Builder builder = tracer.spanBuilder().name("order-topic batch").setNoParent();
		spans.forEach(span -> builder.addLink(new Link(span.context())));
		return builder.tag("messaging.batch.message_count", Integer.toString(spans.size())).start();
	}

	@Override
	public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
		finish(records, null);
	}

	@Override
	public void failure(ConsumerRecords<Object, Object> records, Exception exception,
			Consumer<Object, Object> consumer) {
		finish(records, exception);
	}

	private void finish(ConsumerRecords<Object, Object> records, Exception failure) {
		Poll poll = current.get();
		if (poll == null) {
			return;
		}
		current.remove();
		poll.scope().close();
		poll.timer().stop(processing.tag("outcome", failure == null ? "success" : "failure").register(registry));
		if (failure == null) {
			recordsHandled.increment(records.count());
		}
		int i = 0;
		for (ConsumerRecord<Object, Object> record : records) {
			Span span = poll.spans().get(i++);
			end(span, failure, record);
		}
		if (poll.batch() != null) {
			end(poll.batch(), failure, null);
		}
	}

	private void end(Span span, Exception failure, ConsumerRecord<Object, Object> record) {
		if (failure != null) {
			span.error(failure);
		}
		if (record != null && log.isDebugEnabled()) {
			try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
				log.debug("{} {}-{}@{} key {}", failure == null ? "Handled" : "Failed with its batch:", record.topic(),
						record.partition(), record.offset(), record.key());
			}
		}
		span.end();
	}

	private record Poll(List<Span> spans, Span batch, Tracer.SpanInScope scope, Timer.Sample timer) {
	}

}
