package dev.orderflow.invoicing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.invoicing.Invoices;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
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
 * Invoicing against the real broker and database. The topic has one partition, so records are processed in the order
 * they were sent and a later record being processed proves the earlier ones were handled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InvoicingKafkaIntegrationTest {

	static final IsolatedService service = new IsolatedService("invoicing");

	static final AtomicLong orderIds = new AtomicLong(1000);

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
	void anOrderEventBecomesAnInvoiceWithTheBillingAddressAndTotal() throws Exception {
		long orderId = sendNewOrder();

		awaitInvoice(orderId);

		assertThat(invoices.findByOrderId(orderId)).hasValueSatisfying(invoice -> {
			assertThat(invoice.billingAddress().street()).isEqualTo("7 Ledger Lane");
			assertThat(invoice.lines()).hasSize(2);
			assertThat(invoice.total()).isEqualByComparingTo("113.97");
		});
	}

	@Test
	void aRedeliveredRecordIssuesNoSecondInvoice() throws Exception {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		OrderCreatedRecords.send(service, orderId);
		long marker = sendNewOrder();

		awaitInvoice(marker);

		assertThat(count("select count(*) from invoice where order_id = ?", orderId)).isEqualTo(1);
		assertThat(count("select count(*) from invoice_line where order_id = ?", orderId)).isEqualTo(2);
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndLaterOrdersStillFlow() throws Exception {
		OrderCreatedRecords.sendPoison(service);
		long valid = sendNewOrder();

		awaitInvoice(valid);

		List<ConsumerRecord<String, byte[]>> dead = IsolatedService.readAll(service.deadLetterTopic(), 4,
				Duration.ofSeconds(30));
		assertThat(dead).extracting(ConsumerRecord::key).containsExactly("1created", "2created", "3created", "4created");
		assertThat(dead).allSatisfy(record -> {
			assertThat(record.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
			assertThat(new String(record.headers().lastHeader("kafka_dlt-original-topic").value()))
				.isEqualTo(service.topic());
			assertThat(record.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
		});
		assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("this is not JSON");
		assertThat(count("select count(*) from invoice where order_id in (1, 2, 3, 4)")).isZero();
	}

	@Test
	void aTypeHeaderNamingAnotherClassIsIgnored() throws Exception {
		long orderId = orderIds.incrementAndGet();
		service.send(orderId + "created", OrderCreatedRecords.json(orderId).getBytes(StandardCharsets.UTF_8),
				Map.of("__TypeId__", "java.lang.ProcessBuilder", "event-type", "OrderCreated"));

		awaitInvoice(orderId);
	}

	private long sendNewOrder() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		return orderId;
	}

	private void awaitInvoice(long orderId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(orderId).isPresent());
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
