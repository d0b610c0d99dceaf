package dev.orderflow.invoicing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * The listener takes a poll's records at once. Records that can never be invoiced, among valid ones sent in one
 * request (so that they arrive in one poll), go to the dead-letter topic alone; the valid ones before, between and
 * after them are invoiced. A topic and a dead-letter topic of its own, so that no other test's records count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InvoicingBatchIntegrationTest {

	static final IsolatedService service = new IsolatedService("invoicing");

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
	void recordsThatCanNeverBeInvoicedInTheMiddleOfAPollAreDeadLetteredAloneAndTheValidOnesAroundThemAreInvoiced() {
		String nameTooLong = OrderCreatedRecords.json(2003)
			.replace("\"name\": \"Grace Hopper\"", "\"name\": \"" + "Grace Hopper ".repeat(20) + "\"");
		service.sendTogether(List.of(valid(2001), Map.entry("2002created", bytes("this is not JSON")), valid(2002),
				Map.entry("2003created", bytes(nameTooLong)), valid(2004), valid(2005)), OrderCreatedRecords.HEADERS);

		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select order_id from invoice order by order_id").query(Long.class).list(),
					stored -> stored.equals(List.of(2001L, 2002L, 2004L, 2005L)));
		assertThat(invoices.findByOrderId(2004)).hasValueSatisfying(invoice -> assertThat(invoice.lines())
			.extracting(line -> line.itemId() + "x" + line.count() + "=" + line.amount())
			.containsExactly("1x2=84.00", "6x3=29.97"));
		List<ConsumerRecord<String, byte[]>> dead = IsolatedService.readAll(service.deadLetterTopic(), 2,
				Duration.ofSeconds(30));
		assertThat(dead).extracting(ConsumerRecord::key).containsExactly("2002created", "2003created");
		assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("this is not JSON");
		assertThat(new String(dead.get(1).headers().lastHeader("kafka_dlt-exception-cause-fqcn").value()))
			.endsWith("DataIntegrityViolationException");
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> IsolatedService.recordCount(service.deadLetterTopic()) == 2);
	}

	private static Map.Entry<String, byte[]> valid(long orderId) {
		return Map.entry(orderId + "created", bytes(OrderCreatedRecords.json(orderId)));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
