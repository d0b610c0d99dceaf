package dev.orderflow.shipping.kafka;

import dev.orderflow.kafka.consumer.format.MixedEventFormatsScenario;
import dev.orderflow.shipping.Shipments;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipping reading JSON and Avro records of both schema versions from one topic: each order becomes a shipment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ShippingAvroIntegrationTest extends MixedEventFormatsScenario {

	static final IsolatedService service = new IsolatedService("shipping");

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
	Shipments shipments;

	@Override
	protected IsolatedService service() {
		return service;
	}

	@Override
	protected boolean stored(long orderId) {
		return shipments.findByOrderId(orderId).isPresent();
	}

	@Override
	protected void assertStoredFromVersion2(long orderId) {
		assertThat(shipments.findByOrderId(orderId)).hasValueSatisfying(shipment -> {
			assertThat(shipment.customerName()).isEqualTo("Grace Hopper");
			assertThat(shipment.address().city()).isEqualTo("Cambridge");
			assertThat(shipment.lines()).hasSize(2);
		});
	}

}
