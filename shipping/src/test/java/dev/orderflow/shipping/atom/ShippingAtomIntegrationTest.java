package dev.orderflow.shipping.atom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.shipping.ShipmentStatus;
import dev.orderflow.shipping.Shipments;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderLifecycleRecords;
import dev.orderflow.testsupport.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shipping with {@code orderflow.transport=atom}: order events come from a feed served over HTTP in the order
 * service's format ({@code contracts/order-feed.v1.atom}), and no Kafka broker listens at the configured address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShippingAtomIntegrationTest {

	static final IsolatedService service = new IsolatedService("shipping");

	static final TestFeed feed = new TestFeed(4);

	static final AtomicLong orderIds = new AtomicLong(5000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
		feed.register(registry);
	}

	@AfterAll
	static void closeFeed() {
		feed.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	Shipments shipments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Test
	void orderEventsFromTheFeedBecomeShipmentsWithoutAKafkaBroker() throws Exception {
		long first = addOrder();
		long second = addOrder();

		awaitShipment(second);

		assertThat(shipments.findByOrderId(first)).hasValueSatisfying(shipment -> {
			assertThat(shipment.address().street()).isEqualTo("1 Harbour Road");
			assertThat(shipment.lines()).hasSize(2);
		});
		assertThat(context.containsBean("orderEventListener")).as("no Kafka listener with transport atom").isFalse();
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void anOrderDeliveredTwiceBecomesOneShipment() throws Exception {
		long orderId = orderIds.incrementAndGet();
		feed.add("OrderCreated", orderCreated(orderId));
		feed.add("OrderCreated", orderCreated(orderId));
		long marker = addOrder();

		awaitShipment(marker);

		assertThat(jdbc.sql("select count(*) from shipment where order_id = ?").param(orderId).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void anEventThatCanNeverBeShippedIsListedWithItsReasonAndLaterOrdersStillFlow() throws Exception {
		long incomplete = feed.add("OrderCreated", "{\"orderId\": 3}");
		long valid = addOrder();

		awaitShipment(valid);

		assertThat(shipments.findByOrderId(3)).isEmpty();
		HttpResponse<String> failures = get("/api/feed-failures");
		assertThat(failures.statusCode()).isEqualTo(200);
		JsonNode failure = json.readTree(failures.body()).valueStream()
			.filter(f -> f.get("position").asLong() == incomplete)
			.findFirst()
			.orElseThrow();
		assertThat(failure.get("reason").asString()).contains("shippingAddress");
		assertThat(failure.get("eventType").asString()).isEqualTo("OrderCreated");
		assertThat(json.readTree(get("/api/feed").body()).get("active").asBoolean()).isTrue();
		assertThat(get("/feed").body()).as("the feed page").contains("href=\"/shipping/assets/orderflow.css\"",
				">" + incomplete + "<", "shippingAddress");
		assertThat(get("/shipments").body()).contains("href=\"/shipping/feed\"");
	}

	@Test
	void changesAndCancellationsFromTheFeedUpdateTheShipmentAndOneOfAnUnknownOrderIsAFailure() throws Exception {
		long orderId = addOrder();
		long unknown = orderIds.incrementAndGet();
		long failed = feed.add("OrderChanged", OrderLifecycleRecords.json("OrderChanged", unknown));
		feed.add("OrderChanged", OrderLifecycleRecords.json("OrderChanged", orderId));
		feed.add("OrderCancelled", OrderLifecycleRecords.json("OrderCancelled", orderId));

		await().atMost(Duration.ofSeconds(60)).until(() -> shipments.findByOrderId(orderId)
			.filter(s -> s.status() == ShipmentStatus.CANCELLED).isPresent());

		assertThat(shipments.findByOrderId(orderId).orElseThrow().address().street()).isEqualTo("3 Quay Street");
		JsonNode failure = json.readTree(get("/api/feed-failures").body()).valueStream()
			.filter(f -> f.get("position").asLong() == failed)
			.findFirst()
			.orElseThrow();
		assertThat(failure.get("reason").asString()).contains("order " + unknown, "no shipment");
	}

	private long addOrder() throws Exception {
		long orderId = orderIds.incrementAndGet();
		feed.add("OrderCreated", orderCreated(orderId));
		return orderId;
	}

	private static String orderCreated(long orderId) throws Exception {
		return Files.readString(Path.of("../contracts/order-created.v1.json"))
			.replace("\"orderId\": 42", "\"orderId\": " + orderId);
	}

	private void awaitShipment(long orderId) {
		await().atMost(Duration.ofSeconds(60)).until(() -> shipments.findByOrderId(orderId).isPresent());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shipping" + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
