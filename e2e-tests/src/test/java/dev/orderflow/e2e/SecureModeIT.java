package dev.orderflow.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.orderflow.testsupport.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The services themselves against the local broker in its secured mode ({@code ./orderflow up --secure}): SASL_SSL
 * only, each service logging in as its own SCRAM user and allowed only what its ACLs grant. Avro events, so the
 * consumers also read the writer schemas over that connection, and bonus, the fourth principal. Then the launcher's
 * own Kafka clients against the same system: {@code topic} (as {@code admin}) and {@code replay} (as the replayed
 * service's user), which take the connection settings {@code up --secure} recorded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecureModeIT {

	static final int ORDERS = 50;

	static final JsonMapper json = JsonMapper.builder().build();

	static Orderflow orderflow;

	static WebClient web;

	@BeforeAll
	static void upSecured() throws IOException {
		orderflow = Orderflow.inTemporaryDirectory("secure");
		orderflow.up("--secure", "--with", "bonus", "--event-format", "avro");
		web = new WebClient("http://127.0.0.1:" + orderflow.gatewayPort);
	}

	@AfterAll
	static void down() throws IOException {
		if (orderflow != null) {
			orderflow.downAndDelete();
		}
	}

	/** The orders the first test placed; the first of them it cancelled. */
	static final List<Long> ids = new ArrayList<>();

	@Test
	@Order(1)
	void ordersFlowToEveryConsumerOverSaslSslWithNoLoginOrAclRefusedAndNoDeadLetter() {
		for (int i = 0; i < ORDERS; i++) {
			HttpResponse<String> placed = web.postJson("/order/api/orders", SampleOrders.order(i));
			assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
			ids.add(json.readTree(placed.body()).get("id").asLong());
		}
		HttpResponse<String> cancelled = web.postJson("/order/api/orders/" + ids.get(0) + "/cancellation", "{}");
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(total("/shipping/api/shipments?size=1")).isEqualTo(ORDERS);
			assertThat(total("/invoicing/api/invoices?size=1")).isEqualTo(ORDERS);
			assertThat(read("/invoicing/api/invoices/" + ids.get(0)).get("status").asString()).isEqualTo("CANCELLED");
			assertThat(total("/bonus/api/points?size=1")).isPositive();
		});

		WebClient admin = web.withBasicAuth("admin", orderflow.adminPassword());
		for (String consumer : List.of("shipping", "invoicing", "bonus")) {
			HttpResponse<String> letters = admin.get("/" + consumer + "/api/dead-letters?size=1");
			assertThat(letters.statusCode()).isEqualTo(200);
			assertThat(json.readTree(letters.body()).get("page").get("totalElements").asLong())
				.as("dead letters of " + consumer).isZero();
		}
		assertThat(orderflow.logs()).doesNotContain("SaslAuthenticationException", "AuthorizationException",
				"SslAuthenticationException");
	}

	@Test
	@Order(2)
	void theTopicCommandReadsTheSecuredTopicRecordByRecord() {
		Orderflow.Outcome topic = orderflow.attempt(120, "topic", "order");

		assertThat(topic.exitCode()).as(topic.output()).isZero();
		List<String[]> records = topic.output().lines().filter(line -> line.matches("\\d+\t\\d+\t.*"))
			.map(line -> line.split("\t", 4)).toList();
		List<String> keys = new ArrayList<>(ids.stream().map(id -> id + "created").toList());
		keys.add(ids.get(0) + "cancelled");
		assertThat(records.stream().map(fields -> fields[2]).distinct())
			.as("an event per order placed and one for the cancellation").containsExactlyInAnyOrderElementsOf(keys);
		assertThat(records).filteredOn(fields -> fields[2].endsWith("created"))
			.allSatisfy(fields -> assertThat(fields[3]).as("an Avro value").endsWith(" bytes, binary)"));
		assertThat(topic.output()).contains("(" + records.size() + " records)");
	}

	@Test
	@Order(3)
	void replayRebuildsTheSameDataOnTheSecuredSystem() {
		Orderflow.Outcome replay = orderflow.attempt(600, "replay", "bonus");

		assertThat(replay.exitCode()).as(replay.output()).isZero();
		assertThat(replay.output()).contains("group bonus moved to the start of order",
				"bonus: replay rebuilt the same data");
		assertThat(orderflow.logs()).doesNotContain("SaslAuthenticationException", "AuthorizationException");
	}

	private static long total(String path) {
		return read(path).get("page").get("totalElements").asLong();
	}

	private static JsonNode read(String path) {
		HttpResponse<String> response = web.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

}
