package dev.orderflow.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system in separate processes, as {@code ./orderflow up} starts it: PostgreSQL, the three services, the
 * entry point and, with transport kafka, a Kafka broker. Orders go in through the entry point and come out as
 * shipments and invoices, and so do their corrections and cancellations; every test runs once per transport, with the
 * same assertions.
 */
@ParameterizedClass(name = "transport {0}")
@ValueSource(strings = { "kafka", "atom" })
@Order(0)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderFlowIT {

	@Parameter
	String transport;

	static Orderflow orderflow;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	/** Order id to the total the order service answered with. */
	static final Map<Long, BigDecimal> accepted = new HashMap<>();

	@BeforeParameterizedClassInvocation
	static void up(String transport) throws IOException {
		accepted.clear();
		orderflow = Orderflow.inTemporaryDirectory(transport);
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
		assertThat(orderflow.run("status")).contains(transport.equals("atom") ? "no Kafka" : "Kafka ");
	}

	/**
	 * The order service's transaction for one order is held open from outside: a row lock on item 5 makes it wait
	 * where it inserts its line, after its order row got its id. Later orders commit, are delivered and processed
	 * meanwhile; then the held order commits and must still be delivered, once, although readers are past it.
	 */
	@Test
	@Order(3)
	void anOrderWhoseTransactionCommitsLateIsStillDeliveredOnceAfterTheOrdersCommittedMeanwhile() throws Exception {
		JsonNode status = json.readTree(orderflow.run("status", "--json"));
		try (Connection db = DriverManager.getConnection(status.get("jdbcUrl").asString(),
				status.get("databaseUsername").asString(), status.get("databasePassword").asString())) {
			db.setAutoCommit(false);
			db.createStatement().execute("select * from ordering.item where id = 5 for update");
			CompletableFuture<JsonNode> held = CompletableFuture.supplyAsync(() -> post("/order/api/orders", """
					{"customerId": 1,
					 "shippingAddress": {"street": "5 Slow Lane", "zip": "02139", "city": "Cambridge"},
					 "billingAddress": {"street": "5 Slow Lane", "zip": "02139", "city": "Cambridge"},
					 "lines": [{"itemId": 5, "count": 1}]}"""));
			await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock(db));

			Map<Long, BigDecimal> meanwhile = placeOrders(10, 1);
			accepted.putAll(meanwhile);
			awaitAllProcessed();
			assertThat(held).as("still held").isNotDone();

			db.rollback();
			JsonNode late = held.get();
			accepted.put(late.get("id").asLong(), late.get("total").decimalValue());
			assertThat(late.get("id").asLong()).as("its id was taken before the others")
				.isLessThan(meanwhile.keySet().stream().mapToLong(Long::longValue).min().orElseThrow());
		}

		awaitAllProcessed();
	}

	@Test
	@Order(4)
	void theOrderFeedAnswers304ThroughTheEntryPointWhileNothingChanged() {
		HttpResponse<String> feed = get("/order/feed");
		String etag = feed.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = get("/order/feed", etag);

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("href=\"http://127.0.0.1:" + orderflow.gatewayPort + "/order/feed/archive/");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
	}

	/**
	 * The JVM ignores an archive that does not match what it starts, silently: only its mapping into the process shows
	 * that the start-up work recorded at build time is really saved (Linux's /proc).
	 */
	@Test
	@Order(0)
	void everyServiceStartsWithTheClassesTheBuildRecordedForItShared() throws IOException {
		for (String service : List.of("order", "shipping", "invoicing")) {
			Path maps = Path.of("/proc", String.valueOf(orderflow.pid(service + "-1")), "maps");

			assertThat(Files.readString(maps)).as("%s maps its archive (a build with -Dorderflow.cds.skip makes none)",
					service).contains(orderflow.classArchive(service).toString());
		}
	}

	/** One order's addresses are corrected, another is cancelled: shipping and invoicing follow, over either transport. */
	@Test
	@Order(5)
	void aCorrectedOrderMovesItsShipmentAndRevisesItsInvoiceAndACancelledOneCancelsBoth() {
		Map<Long, BigDecimal> placed = placeOrders(2);
		accepted.putAll(placed);
		List<Long> ids = placed.keySet().stream().sorted().toList();
		long corrected = ids.get(0);
		long cancelled = ids.get(1);

		assertThat(send("PUT", "/order/api/orders/" + corrected + "/addresses", """
				{"shippingAddress": {"street": "3 Quay Street", "zip": "02139", "city": "Cambridge"},
				 "billingAddress": {"street": "9 Ledger Lane", "zip": "10001", "city": "New York"}}""").statusCode())
			.isEqualTo(200);
		HttpResponse<String> cancellation = send("POST", "/order/api/orders/" + cancelled + "/cancellation",
				"{\"reason\": \"Ordered twice by mistake\"}");
		assertThat(json.readTree(cancellation.body()).get("status").asString()).isEqualTo("CANCELLED");

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(read("/shipping/api/shipments/" + corrected).get("address").get("street").asString())
				.isEqualTo("3 Quay Street");
			assertThat(read("/invoicing/api/invoices/" + corrected).get("revision").asInt()).isEqualTo(2);
			assertThat(read("/shipping/api/shipments/" + cancelled).get("status").asString()).isEqualTo("CANCELLED");
			assertThat(read("/invoicing/api/invoices/" + cancelled).get("status").asString()).isEqualTo("CANCELLED");
		});
		assertThat(read("/invoicing/api/invoices/" + corrected).get("billingAddress").get("street").asString())
			.isEqualTo("9 Ledger Lane");
		JsonNode creditNote = read("/invoicing/api/invoices/" + cancelled).get("creditNote");
		assertThat(creditNote.get("number").asString()).startsWith("CN-");
		assertThat(creditNote.get("amount").decimalValue()).isEqualByComparingTo(placed.get(cancelled).negate());
		assertThat(read("/shipping/api/shipments/" + corrected).get("status").asString()).isEqualTo("OPEN");
	}

	private static JsonNode read(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static HttpResponse<String> send(String method, String path, String body) {
		try {
			return http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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

	private static boolean waitingForALock(Connection db) throws Exception {
		try (var result = db.createStatement().executeQuery("select count(*) from pg_locks where not granted")) {
			return result.next() && result.getLong(1) > 0;
		}
	}

	private static Map<Long, BigDecimal> placeOrders(int count) {
		return placeOrders(count, 5);
	}

	/** Orders with one of items 1 to {@code items}, and item 6. */
	private static Map<Long, BigDecimal> placeOrders(int count, int items) {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<JsonNode>> placed = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String order = SampleOrders.order(i, items);
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
		return get(path, null);
	}

	private static HttpResponse<String> get(String path, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
