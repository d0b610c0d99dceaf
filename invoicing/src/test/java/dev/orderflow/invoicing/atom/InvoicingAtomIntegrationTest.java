package dev.orderflow.invoicing.atom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.invoicing.InvoiceStatus;
import dev.orderflow.invoicing.Invoices;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderLifecycleRecords;
import dev.orderflow.testsupport.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invoicing with {@code orderflow.transport=atom}: order events come from a feed served over HTTP in the order
 * service's format ({@code contracts/order-feed.v1.atom}), and no Kafka broker listens at the configured address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoicingAtomIntegrationTest {

	static final IsolatedService service = new IsolatedService("invoicing");

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
	Invoices invoices;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Test
	void orderEventsFromTheFeedBecomeInvoicesThatAddUpWithoutAKafkaBroker() throws Exception {
		long orderId = addOrder();

		awaitInvoice(orderId);

		assertThat(invoices.findByOrderId(orderId)).hasValueSatisfying(invoice -> {
			assertThat(invoice.billingAddress().street()).isEqualTo("7 Ledger Lane");
			assertThat(invoice.total()).isEqualByComparingTo("113.97");
		});
		assertThat(context.containsBean("orderEventListener")).as("no Kafka listener with transport atom").isFalse();
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void anEventThatCanNeverBeInvoicedIsListedWithItsReasonAndLaterOrdersStillFlow() throws Exception {
		long incomplete = feed.add("OrderCreated", "{\"orderId\": 3, \"customer\": {\"name\": \"no id\"}}");
		long valid = addOrder();

		awaitInvoice(valid);

		assertThat(invoices.findByOrderId(3)).isEmpty();
		assertThat(json.readTree(get("/api/feed-failures").body()).valueStream()
			.filter(f -> f.get("position").asLong() == incomplete)
			.map(f -> f.get("reason").asString())).singleElement().asString().contains("customer id");
		assertThat(get("/feed").body()).as("the feed page").contains("href=\"/invoicing/assets/orderflow.css\"",
				">" + incomplete + "<", "customer id");
		assertThat(get("/invoices").body()).contains("href=\"/invoicing/feed\"");
	}

	@Test
	void aCorrectionAndACancellationFromTheFeedReviseTheInvoiceAndCancelItWithACreditNote() throws Exception {
		long orderId = addOrder();
		feed.add("OrderChanged", OrderLifecycleRecords.json("OrderChanged", orderId)
			.replace("\"7 Ledger Lane\"", "\"9 Ledger Lane\""));
		feed.add("OrderCancelled", OrderLifecycleRecords.json("OrderCancelled", orderId));

		await().atMost(Duration.ofSeconds(60)).until(() -> invoices.findByOrderId(orderId)
			.filter(i -> i.status() == InvoiceStatus.CANCELLED).isPresent());

		assertThat(invoices.findByOrderId(orderId).orElseThrow()).satisfies(invoice -> {
			assertThat(invoice.billingAddress().street()).isEqualTo("9 Ledger Lane");
			assertThat(invoice.revision()).isEqualTo(2);
			assertThat(invoice.creditNote().amount()).isEqualByComparingTo("-113.97");
		});
	}

	private long addOrder() throws Exception {
		long orderId = orderIds.incrementAndGet();
		feed.add("OrderCreated", Files.readString(Path.of("../contracts/order-created.v1.json"))
			.replace("\"orderId\": 42", "\"orderId\": " + orderId));
		return orderId;
	}

	private void awaitInvoice(long orderId) {
		await().atMost(Duration.ofSeconds(60)).until(() -> invoices.findByOrderId(orderId).isPresent());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoicing" + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
