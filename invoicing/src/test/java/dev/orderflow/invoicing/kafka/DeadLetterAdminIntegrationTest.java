package dev.orderflow.invoicing.kafka;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.orderflow.invoicing.Invoices;
import dev.orderflow.invoicing.InvoiceStatus;
import dev.orderflow.kafka.consumer.deadletters.DeadLetterTable;
import dev.orderflow.testsupport.OrderLifecycleRecords;
import dev.orderflow.testsupport.WebClient;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin area of invoicing on the real PostgreSQL and broker: a retry goes through invoicing's own conversion and
 * use case. Dead letters are put into the table as the recorder would have stored them, at offsets far beyond anything
 * the test topic holds. Shipping's test of the same shared pages covers listing, security and discarding in detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orderflow.admin.password=test-only-secret")
class DeadLetterAdminIntegrationTest {

	static final IsolatedService service = new IsolatedService("invoicing");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopic() {
		service.createTopic(1);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DeadLetterTable deadLetters;

	@Autowired
	Invoices invoices;

	@BeforeEach
	void deadLetterTable() {
		deadLetters = new DeadLetterTable(jdbc, service.topic());
	}

	@Test
	void retryingADeadLetterThatCanNowBeProcessedIssuesTheInvoiceAndClosesIt() {
		long offset = deadLetters.add(OrderCreatedRecords.json(6001), "a bug since fixed");

		HttpResponse<String> response = admin().postFrom("/dead-letters", "/dead-letters/retry",
				deadLetters.form(offset));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(invoices.findByOrderId(6001)).hasValueSatisfying(
				invoice -> assertThat(invoice.customerName()).isEqualTo("Grace Hopper"));
		assertThat(deadLetters.status(offset)).isEqualTo("retried");
	}

	@Test
	void aDeadLetteredCancellationRetriedAfterItsOrderWasInvoicedCancelsTheInvoiceWithACreditNote() {
		byte[] cancellation = OrderLifecycleRecords.json("OrderCancelled", 6002).getBytes(StandardCharsets.UTF_8);
		long cancelledTooEarly = deadLetters.add(cancellation, null, "OrderCancelled", UUID.randomUUID(),
				"a bug since fixed");
		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(cancelledTooEarly));
		assertThat(deadLetters.status(cancelledTooEarly)).as("no invoice to cancel yet").isEqualTo("open");

		long created = deadLetters.add(OrderCreatedRecords.json(6002), "a bug since fixed");
		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(created));
		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(cancelledTooEarly));

		assertThat(deadLetters.status(cancelledTooEarly)).isEqualTo("retried");
		assertThat(invoices.findByOrderId(6002)).hasValueSatisfying(invoice -> {
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
			assertThat(invoice.creditNote().amount()).isEqualByComparingTo(invoice.total().negate());
		});
	}

	@Test
	void retryingADeadLetterWithoutValueKeepsItOpenWithTheListenersReason() {
		long offset = deadLetters.add(null, "a bug since fixed");

		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(offset));

		assertThat(deadLetters.status(offset)).isEqualTo("open");
		assertThat(admin().get("/dead-letters").body()).contains("a record without a value is no order");
	}

	@Test
	void theAdminAreaRefusesAVisitorWithoutCredentials() {
		WebClient visitor = new WebClient(base());

		assertThat(visitor.get("/dead-letters").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/api/dead-letters").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/invoices").statusCode()).isEqualTo(200);
	}

	private WebClient admin() {
		return new WebClient(base()).withBasicAuth("admin", "test-only-secret");
	}

	private String base() {
		return "http://127.0.0.1:" + port + "/invoicing";
	}

}
