package dev.orderflow.kafka.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.RetryListener;

/**
 * Makes failed records visible: every failed attempt and every dead letter is counted
 * ({@code orderflow.kafka.failed.attempts}, {@code orderflow.kafka.dead.letters} by the class of the exception that
 * caused it, tag {@code reason}) and each dead letter is logged with its reason. The counts show that a record which
 * can never succeed is tried once, and that a transient failure is retried rather than dead-lettered.
 * <p>
 * The error handler runs after the record's span has ended, so the dead-letter line would name no trace; it takes the
 * trace id from the record's {@code traceparent} header instead, so the line is found with the rest of the order's
 * trace.
 */
class RecordFailures implements RetryListener {

	private static final Logger log = LoggerFactory.getLogger(RecordFailures.class);

	/** W3C trace context: version, trace id, parent span id, flags. */
	private static final Pattern TRACE_PARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

	/** The key Micrometer Tracing gives the trace id in the logging context, which the log pattern prints. */
	static final String TRACE_ID = "traceId";

	private final Counter failedAttempts;

	private final MeterRegistry registry;

	private final Counter deadLetterFailures;

	private final String deadLetterTopic;

	RecordFailures(MeterRegistry registry, String deadLetterTopic) {
		this.failedAttempts = Counter.builder("orderflow.kafka.failed.attempts")
			.description("Deliveries of a record to the listener that failed, first attempts and retries")
			.register(registry);
		this.registry = registry;
		this.deadLetterFailures = Counter.builder("orderflow.kafka.dead.letter.failures")
			.description("Dead-letter publications that failed; the record is then tried again")
			.register(registry);
		this.deadLetterTopic = deadLetterTopic;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
		failedAttempts.increment();
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		// A handful of exception classes at most, so the tag's values stay few.
		Counter.builder("orderflow.kafka.dead.letters")
			.description("Records published to the dead-letter topic, by the class of the exception that caused it")
			.tag("reason", NestedExceptionUtils.getMostSpecificCause(ex).getClass().getSimpleName())
			.register(registry)
			.increment();
		String traceId = MDC.get(TRACE_ID) == null ? traceId(record) : null;
		if (traceId != null) {
			MDC.put(TRACE_ID, traceId);
		}
		try {
			log.warn("Record {}-{}@{} (key {}) went to {}: {}", record.topic(), record.partition(), record.offset(),
					record.key(), deadLetterTopic, reason(ex));
		}
		finally {
			if (traceId != null) {
				MDC.remove(TRACE_ID);
			}
		}
	}

	/** The trace the record was sent in, or null if it carries no well-formed {@code traceparent}. */
	static String traceId(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader("traceparent");
		if (header == null || header.value() == null) {
			return null;
		}
		Matcher matcher = TRACE_PARENT.matcher(new String(header.value(), StandardCharsets.UTF_8).trim());
		return matcher.matches() ? matcher.group(1) : null;
	}

	@Override
	public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
		deadLetterFailures.increment();
		log.error("Record {}-{}@{} could not be published to {} ({}); it will be tried again", record.topic(),
				record.partition(), record.offset(), deadLetterTopic, reason(failure));
	}

	private static String reason(Exception ex) {
		return NestedExceptionUtils.getMostSpecificCause(ex).toString();
	}

}
