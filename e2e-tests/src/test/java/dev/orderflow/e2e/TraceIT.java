package dev.orderflow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace per order across the processes, as {@code ./orderflow up} starts them with Kafka: the trace id of the
 * HTTP request that placed an order is the one shipping's and invoicing's log lines name when they handle that order's
 * record. Their per-record lines are at debug, switched on here by environment variable, as an operator would.
 */
class TraceIT {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static Path data;

	static Orderflow orderflow;

	@BeforeAll
	static void up() throws IOException {
		data = Files.createTempDirectory("orderflow-e2e-trace");
		orderflow = new Orderflow(data, Map.of("LOGGING_LEVEL_DEV_ORDERFLOW_KAFKA_CONSUMER_TRACING", "debug"));
		orderflow.up();
	}

	@AfterAll
	static void down() throws IOException {
		if (orderflow != null) {
			orderflow.run("down");
		}
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	@Test
	void theTraceOfTheRequestThatPlacedAnOrderIsTheOneShippingAndInvoicingLogWhenTheyHandleIt() throws Exception {
		String traceId = hex(16);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + orderflow.gatewayPort + "/order/api/orders"))
			.header("Content-Type", "application/json")
			.header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
			.POST(HttpRequest.BodyPublishers.ofString(SampleOrders.order(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(response.body()).get("id").asLong();
		// Another order in a trace of its own, so that a log naming every trace id could not pass.
		String otherTraceId = hex(16);
		http.send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + orderflow.gatewayPort + "/order/api/orders"))
			.header("Content-Type", "application/json")
			.header("traceparent", "00-" + otherTraceId + "-" + hex(8) + "-01")
			.POST(HttpRequest.BodyPublishers.ofString(SampleOrders.order(2)))
			.build(), HttpResponse.BodyHandlers.ofString());

		for (String service : List.of("shipping", "invoicing")) {
			await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(handledLines(service, id))
				.as(service + " handling order " + id)
				.isNotEmpty()
				.allSatisfy(line -> assertThat(line).contains("[" + traceId + ",").doesNotContain(otherTraceId)));
		}
	}

	/** The log lines of a service saying it handled the order's record. */
	private static List<String> handledLines(String service, long orderId) throws IOException {
		try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
			List<Path> files = logs.filter(f -> f.getFileName().toString().startsWith(service)).toList();
			List<String> lines = new java.util.ArrayList<>();
			for (Path file : files) {
				Files.readAllLines(file).stream()
					.filter(line -> line.contains("Handled ") && line.endsWith(" key " + orderId + "created"))
					.forEach(lines::add);
			}
			return lines;
		}
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
