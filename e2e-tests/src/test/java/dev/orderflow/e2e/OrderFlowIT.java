package dev.orderflow.e2e;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system in separate processes, as {@code ./orderflow up} starts it: a Kafka broker, PostgreSQL, the three
 * services and the entry point. Orders go in through the entry point and come out as shipments and invoices.
 */
@Order(0)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderFlowIT {

	@TempDir
	static Path data;

	static Orderflow orderflow;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	/** Order id to the total the order service answered with. */
	static final Map<Long, BigDecimal> accepted = new HashMap<>();

	@BeforeAll
	static void up() {
		orderflow = new Orderflow(data);
		orderflow.up();
	}

	@AfterAll
	static void down() {
		if (orderflow != null) {
			orderflow.run("down");
		}
	}

	@Test
	@Order(1)
	void twoHundredOrdersThroughTheEntryPointBecomeTwoHundredShipmentsAndInvoicesWithTheRightTotals() {
		accepted.putAll(placeOrders(200));

		awaitAllProcessed();

		Map<Long, BigDecimal> invoiced = new HashMap<>();
		for (JsonNode invoice : all("/invoicing/api/invoices")) {
			invoiced.put(invoice.get("orderId").asLong(), invoice.get("total").decimalValue());
		}
		assertThat(invoiced).hasSameSizeAs(accepted);
		accepted.forEach((id, total) -> assertThat(invoiced.get(id)).as("invoice total of order " + id)
			.isEqualByComparingTo(total));
	}

	@Test
	@Order(2)
	void ordersPlacedWhileShippingIsStoppedAreShippedOnceAfterItRestarts() {
		orderflow.run("stop", "shipping");
		assertThat(orderflow.run("status")).contains("order-1");

		Map<Long, BigDecimal> placedWhileDown = placeOrders(20);
		accepted.putAll(placedWhileDown);
		await().atMost(Duration.ofSeconds(60)).until(() -> total("/invoicing/api/invoices") == accepted.size());
		assertThat(get("/shipping/api/shipments").statusCode()).isEqualTo(503);

		orderflow.run("start", "shipping");

		awaitAllProcessed();
	}

	private void awaitAllProcessed() {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(
				() -> total("/shipping/api/shipments") >= accepted.size()
						&& total("/invoicing/api/invoices") >= accepted.size());
		assertThat(ids(all("/shipping/api/shipments"))).as("one shipment per order, none missing, none doubled")
			.containsExactlyInAnyOrderElementsOf(accepted.keySet());
		assertThat(ids(all("/invoicing/api/invoices"))).as("one invoice per order, none missing, none doubled")
			.containsExactlyInAnyOrderElementsOf(accepted.keySet());
	}

	private static Map<Long, BigDecimal> placeOrders(int count) {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<JsonNode>> placed = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String order = SampleOrders.order(i);
				placed.add(CompletableFuture.supplyAsync(() -> post("/order/api/orders", order), clients));
			}
			Map<Long, BigDecimal> totals = new HashMap<>();
			placed.forEach(p -> {
				JsonNode order = p.join();
				totals.put(order.get("id").asLong(), order.get("total").decimalValue());
			});
			return totals;
		}
		finally {
			clients.shutdown();
		}
	}

	private static JsonNode post(String path, String body) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			return json.readTree(response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpResponse<String> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long total(String path) {
		HttpResponse<String> response = get(path + "?size=1");
		return response.statusCode() == 200 ? json.readTree(response.body()).get("page").get("totalElements").asLong()
				: -1;
	}

	private static List<JsonNode> all(String path) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			HttpResponse<String> response = get(path + "?size=100&page=" + page);
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			body.get("content").forEach(all::add);
			if (page + 1 >= body.get("page").get("totalPages").asInt()) {
				return all;
			}
		}
	}

	private static List<Long> ids(List<JsonNode> nodes) {
		return nodes.stream().map(n -> n.get("orderId").asLong()).toList();
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + orderflow.gatewayPort + path);
	}

}
