package dev.orderflow.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.orderflow.testsupport.IsolatedService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/** The REST API against the real PostgreSQL and the real Kafka broker, with the service's security in place. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderApiIntegrationTest {

	static final IsolatedService service = new IsolatedService("ordering");

	static final String VALID = """
			{"customerId": 2,
			 "shippingAddress": {"street": "1 Harbour Road", "zip": "02139", "city": "Cambridge"},
			 "billingAddress": {"street": "7 Ledger Lane", "zip": "10001", "city": "New York"},
			 "lines": [{"itemId": 1, "count": 2}, {"itemId": 6, "count": 3}]}""";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAcceptedOrderIsStoredAndPublishedOnceWithTheSeedsKeyAndTypeHeaders() throws Exception {
		HttpResponse<String> response = post(VALID);

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode order = json.readTree(response.body());
		long id = order.get("id").asLong();
		assertThat(order.get("total").decimalValue()).isEqualByComparingTo("113.97");
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/order/api/orders/" + id));

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.topic(), 1, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().equals(id + "created"))
				.toList(), found -> !found.isEmpty());
		ConsumerRecord<String, byte[]> record = records.get(0);
		assertThat(new String(record.headers().lastHeader("event-type").value())).isEqualTo("OrderCreated");
		assertThat(new String(record.headers().lastHeader("event-version").value())).isEqualTo("1");
		assertThat(new String(record.headers().lastHeader("content-type").value())).isEqualTo("application/json");
		JsonNode event = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
		assertThat(event.get("orderId").asLong()).isEqualTo(id);
		assertThat(event.get("customer").get("name").asString()).isEqualTo("Grace Hopper");
		assertThat(event.get("total").decimalValue()).isEqualByComparingTo("113.97");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select published_at is not null from event_log where aggregate_id = ?").param(id)
			.query(Boolean.class).single());

		HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri("/api/orders/" + id)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(json.readTree(read.body()).get("lines").size()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no lines                | "lines": [{"itemId": 1, "count": 2}, {"itemId": 6, "count": 3}] | "lines": []                          | lines
			unknown customer        | "customerId": 2                                              | "customerId": 999                     | customerId
			unknown item            | "itemId": 6                                                  | "itemId": 666                         | lines[1].itemId
			count below one         | "count": 3                                                   | "count": 0                            | lines[1].count
			missing address field   | "zip": "02139",                                              | ''                                    | shippingAddress.zip
			malformed JSON          | "lines"                                                      | "lines" : : [                         | ''
			""")
	void anInvalidOrderIsRejectedNamingTheFieldAndNothingIsStoredOrPublished(String scenario, String replace,
			String with, String field) throws Exception {
		long ordersBefore = count("orders");
		long eventsBefore = count("event_log");

		HttpResponse<String> response = post(VALID.replace(replace, with));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode errors = json.readTree(response.body()).get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString())).contains(field);
		assertThat(count("orders")).isEqualTo(ordersBefore);
		assertThat(count("event_log")).isEqualTo(eventsBefore);
		// The relay publishes only what is in the event log, so the topic ends up holding exactly the log's events.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(IsolatedService.recordCount(service.topic())).isEqualTo(count("event_log")));
	}

	@Test
	void missingFieldsAndUnknownReferencesAreNamedTogether() throws Exception {
		HttpResponse<String> response = post(VALID.replace("\"customerId\": 2", "\"customerId\": 999")
			.replace("\"street\": \"1 Harbour Road\"", "\"street\": \" \"")
			.replace("\"itemId\": 6", "\"itemId\": 666"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactly("customerId", "lines[1].itemId", "shippingAddress.street");
	}

	@Test
	void healthAndMetricsStayOpenNextToTheCsrfProtectedPages() throws Exception {
		for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/orders"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("customerId=2"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).as("a form posted without its CSRF token").isEqualTo(403);
		assertThat(form.body()).as("the shared error page").contains("403 Forbidden", "/order/assets/orderflow.css");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/api/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + "/order" + path);
	}

}
