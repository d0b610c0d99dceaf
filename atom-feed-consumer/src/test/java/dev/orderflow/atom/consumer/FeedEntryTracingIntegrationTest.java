package dev.orderflow.atom.consumer;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import dev.orderflow.atom.consumer.notes.NoteTakenHandler;
import dev.orderflow.atom.consumer.notes.NotesApplication;
import dev.orderflow.testsupport.CapturedSpans;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.TestFeed;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.jdom2.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poller with a real tracer (OpenTelemetry, spans kept in memory) against a feed served over HTTP: each entry is
 * handled in a span continuing the trace of its {@code log:traceparent}, current while the service's handler runs.
 */
@SpringBootTest(classes = NotesApplication.class, properties = {
		"management.opentelemetry.tracing.export.schedule-delay=100ms", "management.tracing.sampling.probability=1.0" })
@Import(CapturedSpans.class)
class FeedEntryTracingIntegrationTest {

	static final IsolatedService service = new IsolatedService("notes");

	static final TestFeed feed = new TestFeed(3);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
		feed.register(registry);
	}

	@AfterAll
	static void closeFeed() {
		feed.close();
	}

	@Autowired
	InMemorySpanExporter spans;

	@Test
	void theHandlerRunsInASpanWhoseParentIsTheEntrysTraceparentSoItsLogLinesNameThatTrace() {
		String traceId = hex(16);
		String appendedIn = hex(8);
		String otherTraceId = hex(16);
		feed.add("NoteTaken", "{\"text\": \"traced\"}", traceParent("00-" + traceId + "-" + appendedIn + "-01"));
		feed.add("NoteTaken", "{\"text\": \"traced elsewhere\"}",
				traceParent("00-" + otherTraceId + "-" + hex(8) + "-01"));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> NoteTakenHandler.traceIds.containsKey("traced elsewhere"));

		assertThat(NoteTakenHandler.traceIds.get("traced")).isEqualTo(traceId);
		assertThat(NoteTakenHandler.traceIds.get("traced elsewhere")).isEqualTo(otherTraceId);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(CapturedSpans.ofTrace(spans, traceId))
			.singleElement()
			.satisfies(span -> {
				assertThat(span.getName()).isEqualTo("order-feed process");
				assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
				assertThat(span.getParentSpanId()).isEqualTo(appendedIn);
			}));
	}

	@Test
	void anEntryWithoutTraceparentIsStillHandledInANewTraceOfItsOwn() {
		feed.add("NoteTaken", "{\"text\": \"untraced\"}", entry -> {
			entry.getChildren().removeIf(element -> element.getName().equals("traceparent"));
			return entry;
		});

		await().atMost(Duration.ofSeconds(30)).until(() -> NoteTakenHandler.traceIds.containsKey("untraced"));

		String traceId = NoteTakenHandler.traceIds.get("untraced");
		assertThat(traceId).as("a trace of its own").matches("[0-9a-f]{32}")
			.isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(CapturedSpans.ofTrace(spans, traceId))
			.singleElement()
			.satisfies(span -> {
				assertThat(span.getName()).isEqualTo("order-feed process");
				assertThat(span.getParentSpanContext().isValid()).as("a root span").isFalse();
			}));
	}

	/** Gives the entry this {@code log:traceparent} instead of the one the contract's entry carries. */
	private static UnaryOperator<Element> traceParent(String traceParent) {
		return entry -> {
			entry.getChildren().removeIf(element -> element.getName().equals("traceparent"));
			entry.addContent(new Element("traceparent", "log", FeedDocument.EVENT_LOG).setText(traceParent));
			return entry;
		};
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
