package dev.orderflow.invoicing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceStatus;
import dev.orderflow.invoicing.Invoices;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import dev.orderflow.testsupport.OrderLifecycleRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Corrections and cancellations from the real broker, applied to the invoices in the real database. One partition, so
 * a later record being processed proves the earlier ones were handled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InvoicingLifecycleIntegrationTest {

	static final IsolatedService service = new IsolatedService("invoicing");

	static final AtomicLong orderIds = new AtomicLong(2000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopic() {
		service.createTopic(1);
	}

	@Autowired
	Invoices invoices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCorrectionMakesANewRevisionAndACancellationACreditNoteEachOnceHoweverOftenDelivered() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		UUID changed = UUID.randomUUID();
		String correction = OrderLifecycleRecords.json("OrderChanged", orderId)
			.replace("\"7 Ledger Lane\"", "\"9 Ledger Lane\"");
		OrderLifecycleRecords.send(service, "OrderChanged", orderId, changed, correction);
		OrderLifecycleRecords.send(service, "OrderChanged", orderId, changed, correction);
		UUID cancelled = UUID.randomUUID();
		String cancellation = OrderLifecycleRecords.json("OrderCancelled", orderId);
		OrderLifecycleRecords.send(service, "OrderCancelled", orderId, cancelled, cancellation);
		OrderLifecycleRecords.send(service, "OrderCancelled", orderId, cancelled, cancellation);

		Invoice invoice = await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(orderId)
			.filter(i -> i.status() == InvoiceStatus.CANCELLED).orElse(null), i -> i != null);

		assertThat(invoice.billingAddress()).isEqualTo(new Address("9 Ledger Lane", "10001", "New York"));
		assertThat(invoice.revision()).isEqualTo(2);
		assertThat(invoice.correctedAt()).isNotNull();
		assertThat(invoice.creditNote().number()).startsWith("CN-");
		assertThat(invoice.creditNote().amount()).isEqualByComparingTo("-113.97");
		assertThat(invoice.creditNote().reason()).isEqualTo("Ordered twice by mistake");
		long marker = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, marker);
		await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(marker).isPresent());
		assertThat(jdbc.sql("select count(*) from credit_note where order_id = ?").param(orderId).query(Long.class)
			.single()).as("the redelivered cancellation made no second credit note").isEqualTo(1);
		assertThat(invoices.findByOrderId(orderId).orElseThrow().revision()).isEqualTo(2);
	}

	@Test
	void aChangeThatLeavesTheBillingAddressAsItWasMakesNoNewRevision() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		OrderLifecycleRecords.send(service, "OrderChanged", orderId);
		OrderLifecycleRecords.send(service, "OrderCancelled", orderId);

		await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(orderId)
			.filter(i -> i.status() == InvoiceStatus.CANCELLED).isPresent());

		assertThat(invoices.findByOrderId(orderId).orElseThrow()).satisfies(invoice -> {
			assertThat(invoice.revision()).isEqualTo(1);
			assertThat(invoice.correctedAt()).isNull();
		});
	}

	@Test
	void aCancellationOfAnOrderInvoicingNeverSawGoesToTheDeadLetterTopicWithItsReason() {
		long unknown = orderIds.incrementAndGet();
		long marker = orderIds.incrementAndGet();
		OrderLifecycleRecords.send(service, "OrderCancelled", unknown);
		OrderCreatedRecords.send(service, marker);

		await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(marker).isPresent());

		List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.deadLetterTopic(), 1, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().equals(unknown + "cancelled")).toList(), found -> found.size() == 1);
		assertThat(new String(dead.get(0).headers().lastHeader("orderflow-dlt-reason").value(), StandardCharsets.UTF_8))
			.contains("order " + unknown, "no invoice");
		String storedType = await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select event_type from dead_letter where record_key = ?")
				.param(unknown + "cancelled")
				.query(String.class)
				.optional()
				.orElse(null), type -> type != null);
		assertThat(storedType).as("kept for an admin's retry").isEqualTo("OrderCancelled");
	}

}
