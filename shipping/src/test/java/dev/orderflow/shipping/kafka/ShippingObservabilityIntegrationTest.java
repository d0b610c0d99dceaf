package dev.orderflow.shipping.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.shipping.Shipments;
import dev.orderflow.testsupport.CapturedSpans;
import dev.orderflow.testsupport.GrafanaDashboard;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import dev.orderflow.testsupport.Prometheus;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shipping's metrics, read from its Prometheus endpoint, and its traces, kept in memory, while its batch listener
 * handles records from the real broker into the real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.opentelemetry.tracing.export.schedule-delay=100ms")
@Import({ CapturedSpans.class, QuickerConsumerMetrics.class })
class ShippingObservabilityIntegrationTest {

	static final IsolatedService service = new IsolatedService("shipping");

	static final AtomicLong orderIds = new AtomicLong(7000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopic() {
		service.createTopic(1);
	}

	@LocalServerPort
	int port;

	@Autowired
	InMemorySpanExporter spans;

	@Autowired
	Shipments shipments;

	@Test
	void aRecordIsHandledInASpanOfTheTraceItsHeaderNamesAndItsHandlingIsTimedAndCounted() {
		Prometheus before = scrape();
		String traceId = hex(16);
		String relaySpanId = hex(8);
		long orderId = orderIds.incrementAndGet();
		Map<String, String> headers = new HashMap<>(OrderCreatedRecords.HEADERS);
		headers.put("traceparent", "00-" + traceId + "-" + relaySpanId + "-01");

		service.send(orderId + "created", OrderCreatedRecords.json(orderId).getBytes(StandardCharsets.UTF_8), headers);

		await().atMost(Duration.ofSeconds(60)).until(() -> shipments.findByOrderId(orderId).isPresent());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(CapturedSpans.ofTrace(spans, traceId))
			.anySatisfy(span -> {
				assertThat(span.getName()).isEqualTo("order-topic process");
				assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
				assertThat(span.getParentSpanId()).isEqualTo(relaySpanId);
			}));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Prometheus after = scrape();
			assertThat(after.valueOrZero("orderflow_kafka_records_handled_total", Map.of()))
				.isGreaterThanOrEqualTo(before.valueOrZero("orderflow_kafka_records_handled_total", Map.of()) + 1);
			Map<String, String> success = Map.of("outcome", "success");
			assertThat(after.valueOrZero("orderflow_kafka_batch_processing_seconds_count", success))
				.isGreaterThan(before.valueOrZero("orderflow_kafka_batch_processing_seconds_count", success));
			assertThat(after.valueOrZero("orderflow_kafka_batch_processing_seconds_sum", success))
				.isGreaterThan(before.valueOrZero("orderflow_kafka_batch_processing_seconds_sum", success));
		});
	}

	@Test
	void theConsumersLagOnTheOrderTopicIsExposedAndFallsToZeroOnceEverythingIsHandled() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		await().atMost(Duration.ofSeconds(60)).until(() -> shipments.findByOrderId(orderId).isPresent());

		// Micrometer looks for a consumer's new Kafka metrics (the per-partition lag appears once partitions are
		// assigned) once a minute in the service, every second here (QuickerConsumerMetrics).
		await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> {
			Prometheus scrape = scrape();
			assertThat(scrape.value("kafka_consumer_fetch_manager_records_lag", Map.of("topic", service.topic())))
				.hasValue(0);
			assertThat(scrape.value("kafka_consumer_fetch_manager_records_lag_max", Map.of("application", "shipping")))
				.isPresent();
		});
	}

	@Test
	void poisonRecordsAreCountedAsDeadLettersByTheClassOfTheirFailureAndAsOpenUntilAnAdminActs() {
		Prometheus before = scrape();

		OrderCreatedRecords.sendPoison(service);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Prometheus after = scrape();
			assertThat(after.valueOrZero("orderflow_kafka_dead_letters_total", Map.of()))
				.isEqualTo(before.valueOrZero("orderflow_kafka_dead_letters_total", Map.of()) + 4);
			assertThat(after.value("orderflow_kafka_dead_letters_open", Map.of("application", "shipping")))
				.hasValue(before.valueOrZero("orderflow_kafka_dead_letters_open", Map.of()) + 4);
		});
		List<String> reasons = scrape().samples("orderflow_kafka_dead_letters_total").stream()
			.map(sample -> sample.labels().get("reason"))
			.toList();
		assertThat(reasons).contains("UnprocessableRecordException")
			.doesNotContain("BatchListenerFailedException", "ListenerExecutionFailedException");
		assertThat(scrape().names()).as("what deploy/grafana's dashboard queries of shipping")
			.containsAll(GrafanaDashboard.metricsOf("shipping"));
		assertThat(GrafanaDashboard.metricsOf("shipping")).contains("kafka_consumer_fetch_manager_records_lag_max");
	}

	private Prometheus scrape() {
		return Prometheus.scrape("http://127.0.0.1:" + port + "/shipping/actuator/prometheus");
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
