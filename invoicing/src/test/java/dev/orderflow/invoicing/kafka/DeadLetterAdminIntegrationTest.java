package dev.orderflow.invoicing.kafka;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.invoicing.Invoices;
import dev.orderflow.invoicing.InvoiceStatus;
import dev.orderflow.testsupport.OrderLifecycleRecords;
import dev.orderflow.testsupport.WebClient;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.junit.jupiter.api.BeforeAll;
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

	static final AtomicLong offsets = new AtomicLong(1_000_000);

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

	@Autowired
	Invoices invoices;

	@Test
	void retryingADeadLetterThatCanNowBeProcessedIssuesTheInvoiceAndClosesIt() {
		long offset = deadLetter(OrderCreatedRecords.json(6001));

		HttpResponse<String> response = admin().postFrom("/dead-letters", "/dead-letters/retry", form(offset));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(invoices.findByOrderId(6001)).hasValueSatisfying(
				invoice -> assertThat(invoice.customerName()).isEqualTo("Grace Hopper"));
		assertThat(status(offset)).isEqualTo("retried");
	}

	@Test
	void aDeadLetteredCancellationRetriedAfterItsOrderWasInvoicedCancelsTheInvoiceWithACreditNote() {
		long cancelledTooEarly = deadLetter(OrderLifecycleRecords.json("OrderCancelled", 6002), "OrderCancelled",
				UUID.randomUUID());
		admin().postFrom("/dead-letters", "/dead-letters/retry", form(cancelledTooEarly));
		assertThat(status(cancelledTooEarly)).as("no invoice to cancel yet").isEqualTo("open");

		long created = deadLetter(OrderCreatedRecords.json(6002));
		admin().postFrom("/dead-letters", "/dead-letters/retry", form(created));
		admin().postFrom("/dead-letters", "/dead-letters/retry", form(cancelledTooEarly));

		assertThat(status(cancelledTooEarly)).isEqualTo("retried");
		assertThat(invoices.findByOrderId(6002)).hasValueSatisfying(invoice -> {
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
			assertThat(invoice.creditNote().amount()).isEqualByComparingTo(invoice.total().negate());
		});
	}

	@Test
	void retryingADeadLetterWithoutValueKeepsItOpenWithTheListenersReason() {
		long offset = deadLetter(null);

		admin().postFrom("/dead-letters", "/dead-letters/retry", form(offset));

		assertThat(status(offset)).isEqualTo("open");
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

	private long deadLetter(String payload) {
		return deadLetter(payload, null, null);
	}

	/** As the recorder stores a dead letter, with the original record's event-type and event-id headers. */
	private long deadLetter(String payload, String eventType, UUID eventId) {
		long offset = offsets.incrementAndGet();
		jdbc.sql("""
				insert into dead_letter (original_topic, original_partition, original_offset, record_key, exception,
				                         message, payload, event_type, event_id, failed_at)
				values (?, 0, ?, ?, 'dev.orderflow.kafka.consumer.UnprocessableRecordException', 'a bug since fixed',
				        ?, ?, ?, ?)""")
			.params(service.topic(), offset, offset + "created",
					payload == null ? null : payload.getBytes(StandardCharsets.UTF_8), eventType,
					eventId == null ? null : eventId.toString(), Timestamp.from(Instant.now()))
			.update();
		return offset;
	}

	private Map<String, String> form(long offset) {
		return Map.of("topic", service.topic(), "partition", "0", "offset", String.valueOf(offset));
	}

	private String status(long offset) {
		return jdbc.sql("select status from dead_letter where original_offset = ?").param(offset)
			.query(String.class)
			.single();
	}

}
