package dev.orderflow.eventlog.kafka;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.orderflow.testsupport.CapturedSpans;
import dev.orderflow.testsupport.GrafanaDashboard;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.Prometheus;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order service's metrics, read from its Prometheus endpoint, and its traces, kept in memory, while it accepts
 * orders over HTTP and relays them to the real broker from the real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.opentelemetry.tracing.export.schedule-delay=100ms")
@Import(CapturedSpans.class)
class OrderObservabilityIntegrationTest {

	static final IsolatedService service = new IsolatedService("ordering");

	static final String ORDER = """
			{"customerId": 2,
			 "shippingAddress": {"street": "1 Harbour Road", "zip": "02139", "city": "Cambridge"},
			 "billingAddress": {"street": "7 Ledger Lane", "zip": "10001", "city": "New York"},
			 "lines": [{"itemId": 1, "count": 2}]}""";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	InMemorySpanExporter spans;

	@Autowired
	KafkaRelay relay;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOrderPlacedOverTheApiIsCountedAndPublishedAndItsTraceGoesOnWithItsRecordAndFeedEntry() throws Exception {
		String traceId = hex(16);
		String clientSpanId = hex(8);
		Prometheus before = scrape();

		long id = place("00-" + traceId + "-" + clientSpanId + "-01");

		ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.topic(), 1, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().equals(id + "created")).findFirst().orElse(null), r -> r != null);
		String traceParent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
		assertThat(traceParent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
		String publishSpanId = traceParent.split("-")[2];
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<SpanData> trace = CapturedSpans.ofTrace(spans, traceId);
			SpanData request = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
			assertThat(request.getParentSpanId()).isEqualTo(clientSpanId);
			assertThat(trace).anySatisfy(publish -> {
				assertThat(publish.getName()).isEqualTo("order-topic publish");
				assertThat(publish.getSpanId()).isEqualTo(publishSpanId);
				assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
			});
		});
		assertThat(get("/feed")).contains("<log:traceparent>00-" + traceId + "-");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Prometheus after = scrape();
			assertThat(after.valueOrZero("orderflow_orders_accepted_total", Map.of("channel", "api")))
				.isEqualTo(before.valueOrZero("orderflow_orders_accepted_total", Map.of("channel", "api")) + 1);
			assertThat(after.valueOrZero("orderflow_events_published_total", Map.of("type", "OrderCreated")))
				.isEqualTo(before.valueOrZero("orderflow_events_published_total", Map.of("type", "OrderCreated")) + 1);
		});
		assertThat(scrape().names()).as("what deploy/grafana's dashboard queries of the order service")
			.containsAll(GrafanaDashboard.metricsOf("order"));
		assertThat(GrafanaDashboard.metricsOf("order")).contains("orderflow_orders_accepted_total");
	}

	@Test
	void theOutboxBacklogCountsTheEventsWaitingForTheBrokerAndEmptiesWhenTheRelayRunsAgain() throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 0);
		relay.stop();
		try {
			place(null);
			place(null);
			await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 2);
			assertThat(scrape().value("orderflow_outbox_oldest_age_seconds", Map.of("application", "order"))
				.orElseThrow()).isGreaterThan(0);
		}
		finally {
			relay.start();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 0);
		assertThat(scrape().value("orderflow_outbox_oldest_age_seconds", Map.of())).hasValue(0);
	}

	private double backlog() {
		return scrape().value("orderflow_outbox_backlog", Map.of("application", "order")).orElseThrow();
	}

	private long place(String traceParent) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ORDER));
		if (traceParent != null) {
			request.header("traceparent", traceParent);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asLong();
	}

	private String get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private Prometheus scrape() {
		return Prometheus.scrape(uri("/actuator/prometheus").toString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + "/order" + path);
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
