package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.orderflow.e2e.Orderflow;
import dev.orderflow.e2e.SampleOrders;
import dev.orderflow.testsupport.WebClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 9: what the web side of the running system does with requests it must not honour, through the entry
 * point as a browser or script reaches it (and, for oversized bodies, at a service's own port too, since a service
 * may be deployed without the entry point).
 */
@Tag("faults")
@FaultLane
@Order(9)
@ExtendWith(SharedOrderflow.class)
class WebFaultsIT {

	static final List<String> SERVICES = List.of("order", "shipping", "invoicing");

	static final List<String> HIDDEN_ENDPOINTS = List.of("env", "beans", "configprops", "heapdump", "threaddump",
			"loggers", "metrics", "mappings", "conditions", "scheduledtasks", "caches");

	static final String MARKUP = "<script>alert(1)</script> Road";

	static final int OVERSIZED = 100 * 1024;

	final Orderflow orderflow;

	final WebClient web;

	WebFaultsIT(Orderflow orderflow) {
		this.orderflow = orderflow;
		this.web = new WebClient("http://127.0.0.1:" + orderflow.gatewayPort);
	}

	@Test
	void formsWithoutTokenHiddenEndpointsExtraFieldsMarkupAndOversizedBodiesAreAllRefusedOrMadeHarmless() {
		long ordersBefore = orderCount();

		// 1. A form posted without its CSRF token (as from another site) changes nothing.
		int orderWithoutToken = web.post("/order/orders", orderForm(Map.of())).statusCode();
		int retryWithoutToken = web.withBasicAuth("admin", orderflow.adminPassword())
			.post("/shipping/dead-letters/retry", Map.of("topic", "order", "partition", "0", "offset", "0"))
			.statusCode();
		assertThat(orderWithoutToken).isEqualTo(403);
		assertThat(retryWithoutToken).isEqualTo(403);
		assertThat(orderCount()).isEqualTo(ordersBefore);

		// 2. Actuator: health, info and prometheus answer; nothing else is reachable, not even by POST.
		Map<String, Long> running = runningInstances();
		List<String> reachable = new ArrayList<>();
		for (String service : SERVICES) {
			for (String open : List.of("health", "info", "prometheus")) {
				assertThat(web.get("/" + service + "/actuator/" + open).statusCode()).as(service + " " + open)
					.isEqualTo(200);
			}
			for (String hidden : HIDDEN_ENDPOINTS) {
				if (web.get("/" + service + "/actuator/" + hidden).statusCode() != 404) {
					reachable.add(service + " " + hidden);
				}
			}
			assertThat(web.postJson("/" + service + "/actuator/shutdown", "{}").statusCode())
				.as(service + " shutdown").isIn(403, 404);
		}
		assertThat(reachable).as("hidden actuator endpoints that answered other than 404").isEmpty();
		assertThat(runningInstances()).as("the same processes run as before the shutdown requests")
			.isEqualTo(running);

		// 3. Fields a client must not set (id, total) are ignored, in the form and in the JSON API.
		HttpResponse<String> placed = web.postFrom("/order/orders/new", "/order/orders",
				orderForm(Map.of("id", "999999", "total", "0.01", "shippingAddress.street", MARKUP)));
		assertThat(placed.statusCode()).isEqualTo(302);
		String location = placed.headers().firstValue("Location").orElseThrow();
		long formOrder = Long.parseLong(location.replaceAll(".*/orders/(\\d+).*", "$1"));
		JsonNode api = json(web.postJson("/order/api/orders",
				SampleOrders.order(3).replace("{\"customerId\"", "{\"id\": 999998, \"total\": 0.01, \"customerId\"")));
		for (JsonNode order : List.of(json(web.get("/order/api/orders/" + formOrder)), api)) {
			assertThat(order.get("id").asLong()).isNotIn(999999L, 999998L);
			assertThat(order.get("total").decimalValue()).isEqualByComparingTo(linesTotal(order))
				.isNotEqualByComparingTo("0.01");
		}

		// 4. Markup typed into a field is shown as text, by the order service and by shipping.
		String orderPage = web.get("/order/orders/" + formOrder).body();
		String shipmentPage = await().atMost(Duration.ofMinutes(2))
			.until(() -> web.get("/shipping/shipments/" + formOrder), page -> page.statusCode() == 200)
			.body();
		for (String page : List.of(orderPage, shipmentPage)) {
			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Road").doesNotContain("<script>alert");
		}

		// 5. Bodies over 64 KiB: 413 with a problem document, with a declared length or chunked, at every service.
		String oversized = SampleOrders.order(1).replace("Harbour Road", "Harbour Road" + " ".repeat(OVERSIZED));
		List<HttpResponse<String>> refused = new ArrayList<>();
		refused.add(web.postJson("/order/api/orders", oversized));
		refused.add(web.postChunked("/order/api/orders", oversized));
		refused.add(new WebClient("http://127.0.0.1:" + ServiceProcess.of(orderflow, "order-1").port())
			.postChunked("/order/api/orders", oversized));
		refused.add(web.postJson("/shipping/api/shipments", oversized));
		refused.add(web.postChunked("/invoicing/api/invoices", oversized));
		assertThat(refused).allSatisfy(response -> {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
		});
		assertThat(orderCount()).as("only the two orders of point 3 were placed").isEqualTo(ordersBefore + 2);

		FaultReport.record("9. web: forged form, actuator, extra fields, markup, oversized bodies",
				"2 POSTs without CSRF token (order form, dead-letter retry as admin): 403, 0 orders placed; actuator "
						+ "health/info/prometheus 200 in each of 3 services, " + HIDDEN_ENDPOINTS.size() * 3
						+ " other endpoints 404, shutdown refused; id and total posted by form and JSON ignored "
						+ "(new ids, totals from the lines); <script> in a street shown escaped on the order and "
						+ "shipment pages; " + refused.size() + " bodies of " + OVERSIZED / 1024
						+ " KiB (declared and chunked, through the entry point and at the order port): 413 "
						+ "application/problem+json");
	}

	/**
	 * Instance name to PID of those that run; the system is shared with earlier fault tests, which may have left
	 * instances stopped.
	 */
	private Map<String, Long> runningInstances() {
		Map<String, Long> running = new LinkedHashMap<>();
		orderflow.status().get("instances").forEach(instance -> {
			if (instance.get("pid").asLong() > 0) {
				running.put(instance.get("name").asString(), instance.get("pid").asLong());
			}
		});
		return running;
	}

	private long orderCount() {
		return json(web.get("/order/api/orders?size=1")).get("page").get("totalElements").asLong();
	}

	/** The order entry form as the browser posts it, for the seeded catalog. */
	private static Map<String, String> orderForm(Map<String, String> replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("customerId", "1");
		fields.put("shippingAddress.street", "1 Main Street");
		fields.put("shippingAddress.zip", "12345");
		fields.put("shippingAddress.city", "Springfield");
		fields.put("billingSameAsShipping", "true");
		fields.put("lines[0].itemId", "1");
		fields.put("lines[0].count", "2");
		fields.putAll(replaced);
		return fields;
	}

	private static BigDecimal linesTotal(JsonNode order) {
		BigDecimal total = BigDecimal.ZERO;
		for (JsonNode line : order.get("lines")) {
			total = total.add(line.get("unitPrice").decimalValue().multiply(BigDecimal.valueOf(line.get("count").asInt())));
		}
		return total;
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 201);
		return JsonMapper.shared().readTree(response.body());
	}

}
