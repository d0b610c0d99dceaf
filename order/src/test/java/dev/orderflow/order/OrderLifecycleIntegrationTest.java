package dev.orderflow.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.orderflow.testsupport.IsolatedService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Changing and cancelling through the REST API, against the real PostgreSQL and a real 5-partition topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderLifecycleIntegrationTest {

	static final IsolatedService service = new IsolatedService("lifecycle");

	static final String ADDRESSES = """
			{"shippingAddress": {"street": "3 Quay Street", "zip": "02139", "city": "Cambridge"},
			 "billingAddress": {"street": "7 Ledger Lane", "zip": "10001", "city": "New York"}}""";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
		registry.add("orderflow.kafka.partitions", () -> "5");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void createdChangedAndCancelledOfOneOrderAreLoggedOnceEachAndLandOnOnePartition() throws Exception {
		long id = place();

		HttpResponse<String> changed = send("PUT", "/api/orders/" + id + "/addresses", ADDRESSES);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json.readTree(changed.body()).get("shippingAddress").get("street").asString()).isEqualTo("3 Quay Street");
		assertThat(send("PUT", "/api/orders/" + id + "/addresses", ADDRESSES).statusCode())
			.as("the same addresses again").isEqualTo(200);
		HttpResponse<String> cancelled = send("POST", "/api/orders/" + id + "/cancellation",
				"{\"reason\": \"Ordered twice by mistake\"}");
		assertThat(json.readTree(cancelled.body()).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(send("POST", "/api/orders/" + id + "/cancellation", null).statusCode()).isEqualTo(200);
		HttpResponse<String> tooLate = send("PUT", "/api/orders/" + id + "/addresses", ADDRESSES);
		assertThat(tooLate.statusCode()).isEqualTo(409);
		assertThat(tooLate.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		assertThat(jdbc.sql("select type from event_log where aggregate_id = ? order by id").param(id)
			.query(String.class).list()).containsExactly("OrderCreated", "OrderChanged", "OrderCancelled");
		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.topic(), 3, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().startsWith(id + "c"))
				.toList(), found -> found.size() == 3);
		assertThat(records).extracting(ConsumerRecord::key)
			.containsExactly(id + "created", id + "changed", id + "cancelled");
		assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
		assertThat(json.readTree(send("GET", "/api/orders/" + id, null).body()).get("status").asString())
			.isEqualTo("CANCELLED");
		assertThat(send("GET", "/feed", null).body()).contains("term=\"OrderChanged\"", "term=\"OrderCancelled\"");
	}

	@Test
	void badAddressesAreRejectedNamingEachFieldAndUnknownOrdersAreNotFound() throws Exception {
		long id = place();
		long events = jdbc.sql("select count(*) from event_log").query(Long.class).single();

		HttpResponse<String> bad = send("PUT", "/api/orders/" + id + "/addresses",
				ADDRESSES.replace("\"3 Quay Street\"", "\" \"").replace("\"10001\"", "\"\""));

		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode errors = json.readTree(bad.body()).get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString()))
			.containsExactly("billingAddress.zip", "shippingAddress.street");
		assertThat(send("PUT", "/api/orders/" + id + "/addresses", "{}").statusCode()).isEqualTo(400);
		assertThat(send("PUT", "/api/orders/999999/addresses", ADDRESSES).statusCode()).isEqualTo(404);
		assertThat(send("POST", "/api/orders/999999/cancellation", null).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from event_log").query(Long.class).single()).isEqualTo(events);
	}

	private long place() throws Exception {
		HttpResponse<String> placed = send("POST", "/api/orders", OrderApiIntegrationTest.VALID);
		assertThat(placed.statusCode()).isEqualTo(201);
		JsonNode order = json.readTree(placed.body());
		assertThat(order.get("status").asString()).isEqualTo("PLACED");
		return order.get("id").asLong();
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/order" + path));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
