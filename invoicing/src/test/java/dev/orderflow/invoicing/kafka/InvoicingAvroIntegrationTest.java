package dev.orderflow.invoicing.kafka;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.kafka.consumer.deadletters.DeadLetter;
import dev.orderflow.kafka.consumer.deadletters.DeadLetters;
import dev.orderflow.invoicing.Invoices;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invoicing reading JSON and Avro records of both schema versions from one topic, against the real broker, with the
 * writer schemas on the schema topic as the order service publishes them. One partition, so records are processed in
 * the order they were sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InvoicingAvroIntegrationTest {

	static final IsolatedService service = new IsolatedService("invoicing");

	static final AtomicLong orderIds = new AtomicLong(3000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopics() {
		service.createTopic(1);
		service.createSchemaTopic();
		OrderCreatedRecords.publishWriterSchema(service, 1);
		OrderCreatedRecords.publishWriterSchema(service, 2);
	}

	@Autowired
	Invoices invoices;

	@Autowired
	DeadLetters deadLetters;

	@Test
	void jsonAndAvroRecordsOfBothVersionsInterleavedOnOneTopicAllBecomeInvoices() {
		long json = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, json);
		long v1 = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service, v1, 1);
		long v2 = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service, v2, 2);
		long jsonAgain = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, jsonAgain);
		long v1Again = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service, v1Again, 1);

		for (long orderId : List.of(json, v1, v2, jsonAgain, v1Again)) {
			await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(orderId).isPresent());
		}
		assertThat(invoices.findByOrderId(v2)).hasValueSatisfying(invoice -> {
			assertThat(invoice.customerName()).isEqualTo("Grace Hopper");
			assertThat(invoice.billingAddress().city()).isEqualTo("New York");
			assertThat(invoice.total()).isEqualByComparingTo("113.97");
		});
	}

	@Test
	void anAvroRecordWhoseWriterSchemaIsUnknownIsDeadLetteredWithThatReasonAndLaterOrdersFlow() {
		long unknown = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvroOfUnknownSchema(service, unknown);
		long next = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service, next, 2);

		await().atMost(Duration.ofSeconds(30)).until(() -> invoices.findByOrderId(next).isPresent());
		assertThat(invoices.findByOrderId(unknown)).isEmpty();
		List<ConsumerRecord<String, byte[]>> dead = IsolatedService.readAll(service.deadLetterTopic(), 1,
				Duration.ofSeconds(30));
		assertThat(dead).singleElement().satisfies(record -> {
			assertThat(record.key()).isEqualTo(unknown + "created");
			assertThat(new String(record.headers().lastHeader("orderflow-dlt-reason").value()))
				.contains("cannot resolve the writer schema of fingerprint 0123456789abcdef");
		});
		DeadLetter stored = await().atMost(Duration.ofSeconds(30))
			.until(() -> deadLetters.findAll(PageRequest.of(0, 10)).getContent(), letters -> letters.size() == 1)
			.get(0);
		assertThat(stored.message()).contains("0123456789abcdef", service.schemaTopic());
	}

}
