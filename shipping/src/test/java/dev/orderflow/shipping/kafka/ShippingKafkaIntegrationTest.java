package dev.orderflow.shipping.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.kafka.consumer.deadletters.DeadLetter;
import dev.orderflow.kafka.consumer.deadletters.DeadLetters;
import dev.orderflow.shipping.Shipments;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import dev.orderflow.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shipping against the real broker and database. The topic has one partition, so records are processed in the order
 * they were sent and a later record being processed proves the earlier ones were handled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ShippingKafkaIntegrationTest {

	static final IsolatedService service = new IsolatedService("shipping");

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
	Shipments shipments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadLetters deadLetters;

	@Test
	void anOrderEventBecomesAShipmentWithTheShippingAddressAndLines() throws Exception {
		long orderId = sendNewOrder();

		awaitShipment(orderId);

		assertThat(shipments.findByOrderId(orderId)).hasValueSatisfying(shipment -> {
			assertThat(shipment.address().street()).isEqualTo("1 Harbour Road");
			assertThat(shipment.lines()).hasSize(2);
		});
	}

	@Test
	void aRedeliveredRecordCreatesNoSecondShipment() throws Exception {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		OrderCreatedRecords.send(service, orderId);
		long marker = sendNewOrder();

		awaitShipment(marker);

		assertThat(count("select count(*) from shipment where order_id = ?", orderId)).isEqualTo(1);
		assertThat(count("select count(*) from shipment_line where order_id = ?", orderId)).isEqualTo(2);
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndLaterOrdersStillFlow() throws Exception {
		OrderCreatedRecords.sendPoison(service);
		long valid = sendNewOrder();

		awaitShipment(valid);

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
		assertThat(count("select count(*) from shipment where order_id in (1, 2, 3, 4)")).isZero();

		List<DeadLetter> stored = await().atMost(Duration.ofSeconds(30))
			.until(() -> deadLetters.findAll(PageRequest.of(0, 10)).getContent(), letters -> letters.size() == 4);
		assertThat(stored).extracting(DeadLetter::key)
			.containsExactlyInAnyOrder("1created", "2created", "3created", "4created");
		assertThat(stored).allSatisfy(letter -> {
			assertThat(letter.originalTopic()).isEqualTo(service.topic());
			assertThat(letter.exception()).isNotBlank();
			assertThat(letter.message()).isNotBlank();
		});
		assertThat(stored).filteredOn(letter -> letter.key().equals("1created"))
			.singleElement()
			.satisfies(letter -> assertThat(letter.payload()).isEqualTo("this is not JSON"));
		assertThat(stored).filteredOn(letter -> letter.key().equals("3created"))
			.singleElement()
			.satisfies(letter -> assertThat(letter.exception()).endsWith("UnprocessableRecordException"));
	}

	@Test
	void aTypeHeaderNamingAnotherClassIsIgnored() throws Exception {
		long orderId = orderIds.incrementAndGet();
		service.send(orderId + "created", OrderCreatedRecords.json(orderId).getBytes(StandardCharsets.UTF_8),
				Map.of("__TypeId__", "java.lang.ProcessBuilder", "event-type", "OrderCreated"));

		awaitShipment(orderId);
	}

	@Test
	void theGroupSeesTheConsumerNamedAfterItsInstanceAndHttpAddress(
			@Value("${spring.kafka.consumer.group-id}") String group) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers()))) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
					.map(MemberDescription::clientId)
					.toList(), clients -> clients.equals(List.of("shipping-1@127.0.0.1:8082")));
		}
	}

	private long sendNewOrder() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		return orderId;
	}

	private void awaitShipment(long orderId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> shipments.findByOrderId(orderId).isPresent());
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
