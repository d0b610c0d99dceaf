package dev.orderflow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace per order across the processes, as {@code ./orderflow up} starts them with either transport: the trace
 * id of the HTTP request that placed an order is the one the order service's log names for that request and the one
 * shipping's and invoicing's log lines name when they handle that order's Kafka record or feed entry. The lines are at
 * debug, switched on here by environment variable, as an operator would. Each transport is a system of its own.
 */
@ParameterizedClass(name = "transport {0}")
@ValueSource(strings = { "kafka", "atom" })
class TraceIT {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static Orderflow orderflow;

	@Parameter
	String transport;

	@BeforeParameterizedClassInvocation
	static void up(String transport) throws IOException {
		orderflow = Orderflow.inTemporaryDirectory("trace-" + transport, Map.of("LOGGING_LEVEL_DEV_ORDERFLOW_KAFKA_CONSUMER_TRACING", "debug",
				"LOGGING_LEVEL_DEV_ORDERFLOW_ATOM_CONSUMER_TRACING", "debug",
				// DispatcherServlet's line per request (POST "/order/api/orders"...), in the request's span. Not its class
				// name: variables name loggers in lower case.
				"LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_WEB_SERVLET", "debug"));
		orderflow.up("--transport", transport);
	}

	@AfterParameterizedClassInvocation
	static void down() throws IOException {
		if (orderflow != null) {
			orderflow.downAndDelete();
			orderflow = null;
		}
	}

	@Test
	void theTraceOfTheRequestThatPlacedAnOrderIsTheOneShippingAndInvoicingLogWhenTheyHandleIt() throws Exception {
		String traceId = hex(16);
		HttpResponse<String> response = place(1, traceId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(response.body()).get("id").asLong();
		// Another order in a trace of its own, so that a log naming every trace id could not pass.
		String otherTraceId = hex(16);
		place(2, otherTraceId);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				lines("order", line -> line.contains("POST \"/order/api/orders\"")))
			.as("the order service's log of the request")
			.anySatisfy(line -> assertThat(line).contains("[" + traceId + ",")));
		for (String service : List.of("shipping", "invoicing")) {
			await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(handledLines(service, id, traceId))
				.as(service + " handling order " + id)
				.isNotEmpty()
				.allSatisfy(line -> assertThat(line).contains("[" + traceId + ",").doesNotContain(otherTraceId)));
		}
	}

	private static HttpResponse<String> place(int order, String traceId) throws Exception {
		return http.send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + orderflow.gatewayPort + "/order/api/orders"))
			.header("Content-Type", "application/json")
			.header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
			.POST(HttpRequest.BodyPublishers.ofString(SampleOrders.order(order)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The log lines of a service saying it handled the order's record, found by its key; or, with the Atom transport,
	 * an entry in the order's trace (a feed entry is named by its position and event id, neither of which the test
	 * knows), so a consumer that started traces of its own would leave none.
	 */
	private List<String> handledLines(String service, long orderId, String traceId) throws IOException {
		if (transport.equals("atom")) {
			return lines(service, line -> line.contains("Handled order@") && line.contains("[" + traceId + ","));
		}
		return lines(service, line -> line.contains("Handled ") && line.endsWith(" key " + orderId + "created"));
	}

	private static List<String> lines(String service, Predicate<String> wanted) throws IOException {
		try (Stream<Path> logs = Files.list(orderflow.logDirectory())) {
			List<Path> files = logs.filter(f -> f.getFileName().toString().startsWith(service)).toList();
			List<String> lines = new ArrayList<>();
			for (Path file : files) {
				Files.readAllLines(file).stream().filter(wanted).forEach(lines::add);
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
