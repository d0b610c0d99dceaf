package dev.orderflow.e2e;

import java.io.IOException;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import dev.orderflow.testsupport.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed's bonus program, joining late: 1,000 orders go in through the entry point while the bonus service does not
 * run; then {@code ./orderflow start bonus} adds it to the running system, and it must reach exactly the points those
 * orders give: one per whole euro of each order's total, as the order service answered it, summed per customer, none
 * for the orders cancelled through the API before it started. {@code ./orderflow replay bonus} then rebuilds the same.
 */
class BonusJoinsLateIT {

	static final JsonMapper json = JsonMapper.builder().build();

	static Orderflow orderflow;

	static WebClient web;

	@BeforeAll
	static void upWithoutBonus() throws IOException {
		orderflow = Orderflow.inTemporaryDirectory("bonus");
		orderflow.up();
		web = new WebClient("http://127.0.0.1:" + orderflow.gatewayPort);
	}

	@AfterAll
	static void down() throws IOException {
		if (orderflow != null) {
			orderflow.downAndDelete();
		}
	}

	@Test
	void startedAfterAThousandOrdersTheBonusServiceReachesThePointsOfEveryOrderPlacedBeforeIt() {
		Map<Long, JsonNode> orders = placeOrders(1000);
		Set<Long> cancelled = cancelEverySeventh(orders.keySet());
		Map<Long, Long> expected = pointsPerCustomer(orders, cancelled);
		assertThat(web.get("/bonus/api/points").statusCode()).as("bonus does not run yet").isEqualTo(503);
		assertThat(orderflow.run("status")).doesNotContain("bonus-1");

		assertThat(orderflow.run("start", "bonus")).contains("Started bonus-1");

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(points()).isEqualTo(expected));
		assertThat(orderflow.run("status")).contains("bonus-1", "/bonus/api/points");
		assertThat(web.get("/").body()).contains("bonus</a>: 1 instance ready");
		assertThat(web.get("/bonus/customers").body()).contains("Bonus points", "id=\"customer-1\"");

		Orderflow.Outcome replay = orderflow.attempt(600, "replay", "bonus");
		assertThat(replay.exitCode()).as(replay.output()).isZero();
		assertThat(replay.output()).contains("bonus: replay rebuilt the same data");
		assertThat(points()).as("the points after bonus was rebuilt from the history").isEqualTo(expected);
	}

	/** Cancels the orders whose id is a multiple of seven through the REST API, before bonus ever runs. */
	private static Set<Long> cancelEverySeventh(Set<Long> orderIds) {
		Set<Long> cancelled = orderIds.stream().filter(id -> id % 7 == 0).collect(Collectors.toSet());
		cancelled.forEach(id -> {
			HttpResponse<String> response = web.postJson("/order/api/orders/" + id + "/cancellation",
					"{\"reason\":\"changed my mind\"}");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		});
		assertThat(cancelled).isNotEmpty();
		return cancelled;
	}

	/** Order id to customer id and total, as the order service answered each order. */
	private static Map<Long, JsonNode> placeOrders(int count) {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<JsonNode>> placed = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String order = SampleOrders.order(i);
				placed.add(CompletableFuture.supplyAsync(() -> {
					HttpResponse<String> response = web.postJson("/order/api/orders", order);
					assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
					return json.readTree(response.body());
				}, clients));
			}
			Map<Long, JsonNode> orders = new HashMap<>();
			placed.forEach(p -> orders.put(p.join().get("id").asLong(), p.join()));
			return orders;
		}
		finally {
			clients.shutdown();
		}
	}

	/** floor(total) per order, summed per customer; a cancelled order's customer is listed, its points are not. */
	private static Map<Long, Long> pointsPerCustomer(Map<Long, JsonNode> orders, Set<Long> cancelled) {
		Map<Long, Long> points = new HashMap<>();
		orders.forEach((id, order) -> points.merge(order.get("customerId").asLong(), cancelled.contains(id) ? 0L
				: order.get("total").decimalValue().setScale(0, RoundingMode.FLOOR).longValueExact(), Long::sum));
		return points;
	}

	private static Map<Long, Long> points() {
		HttpResponse<String> response = web.get("/bonus/api/points?size=100");
		Map<Long, Long> points = new HashMap<>();
		if (response.statusCode() == 200) {
			json.readTree(response.body()).get("content").forEach(customer -> points
				.put(customer.get("customerId").asLong(), customer.get("points").asLong()));
		}
		return points;
	}

}
