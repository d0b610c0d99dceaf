package dev.orderflow.invoicing.kafka;

import dev.orderflow.invoicing.Invoices;
import dev.orderflow.kafka.consumer.format.MixedEventFormatsScenario;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Invoicing reading JSON and Avro records of both schema versions from one topic: each order is invoiced. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InvoicingAvroIntegrationTest extends MixedEventFormatsScenario {

	static final IsolatedService service = new IsolatedService("invoicing");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopics() {
		service.createTopic(1);
		service.createSchemaTopic();
		OrderCreatedRecords.publishEveryWriterSchema(service);
	}

	@Autowired
	Invoices invoices;

	@Override
	protected IsolatedService service() {
		return service;
	}

	@Override
	protected boolean stored(long orderId) {
		return invoices.findByOrderId(orderId).isPresent();
	}

	@Override
	protected void assertStoredFromVersion2(long orderId) {
		assertThat(invoices.findByOrderId(orderId)).hasValueSatisfying(invoice -> {
			assertThat(invoice.customerName()).isEqualTo("Grace Hopper");
			assertThat(invoice.billingAddress().city()).isEqualTo("New York");
			assertThat(invoice.total()).isEqualByComparingTo("113.97");
		});
	}

}
