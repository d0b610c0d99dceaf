package dev.orderflow.kafka.consumer;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFailuresTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final RecordFailures failures = new RecordFailures(new SimpleMeterRegistry(), "order.shipping.dlt");

	private final Logger logger = (Logger) LoggerFactory.getLogger(RecordFailures.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void listen() {
		logged.start();
		logger.addAppender(logged);
	}

	@AfterEach
	void stopListening() {
		logger.detachAppender(logged);
	}

	@Test
	void aDeadLetterIsLoggedInTheTraceItsRecordWasSentIn() {
		failures.recovered(record("00-" + TRACE_ID + "-00f067aa0ba902b7-01"), new UnprocessableRecordException("no lines"));

		assertThat(logged.list).singleElement().satisfies(event -> {
			assertThat(event.getFormattedMessage()).contains("went to order.shipping.dlt").contains("no lines");
			assertThat(event.getMDCPropertyMap()).containsEntry(RecordFailures.TRACE_ID, TRACE_ID);
		});
		assertThat(MDC.get(RecordFailures.TRACE_ID)).as("the logging context afterwards").isNull();
	}

	@Test
	void aRecordWithoutAWellFormedTraceparentIsLoggedWithoutATrace() {
		failures.recovered(record("not a trace"), new UnprocessableRecordException("no lines"));
		failures.recovered(new ConsumerRecord<>("order", 0, 8, "8created", "{}"),
				new UnprocessableRecordException("no lines"));

		assertThat(logged.list).hasSize(2)
			.allSatisfy(event -> assertThat(event.getMDCPropertyMap()).doesNotContainKey(RecordFailures.TRACE_ID));
	}

	private static ConsumerRecord<String, String> record(String traceParent) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("order", 0, 7, "7created", "{}");
		record.headers().add("traceparent", traceParent.getBytes(StandardCharsets.UTF_8));
		return record;
	}

}
