package dev.orderflow.bonus.kafka;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;
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
 * The bonus service against the real broker and database. The topic has one partition, so records are processed in
 * the order they were sent and a later record being booked proves the earlier ones were handled. Each test uses
 * customers of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BonusKafkaIntegrationTest {

	static final IsolatedService service = new IsolatedService("bonus");

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
	Earnings earnings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCancellationTakesBackExactlyThatOrdersPoints() {
		send(OrderEvents.created(101, 501, new BigDecimal("10.50")), OrderEvents.created(102, 501,
				new BigDecimal("20.99")), OrderEvents.changed(101), OrderEvents.cancelled(101));

		awaitCustomer(501, customer -> customer.cancelledOrders() == 1);

		assertThat(earnings.customer(501)).hasValue(new CustomerPoints(501, "Customer 501", 20, 1, 1));
	}

	@Test
	void eventsDeliveredAgainChangeNothing() {
		OrderEvents.Event created = OrderEvents.created(201, 502, new BigDecimal("5.00"));
		OrderEvents.Event cancelled = OrderEvents.cancelled(202);
		send(created, created, OrderEvents.created(202, 502, new BigDecimal("7.00")), cancelled, cancelled,
				OrderEvents.created(203, 502, new BigDecimal("3.00")));

		awaitCustomer(502, customer -> customer.orders() == 2 && customer.cancelledOrders() == 1);

		assertThat(earnings.customer(502)).hasValue(new CustomerPoints(502, "Customer 502", 8, 2, 1));
	}

	@Test
	void orderCreatedInAvroOfEitherVersionEarnsItsTotalsPoints() {
		send(OrderEvents.avroCreated(301, OrderCreatedRecords.avro(301, 1), 1),
				OrderEvents.avroCreated(302, OrderCreatedRecords.avro(302, 2), 2));

		// The contract's example: customer 2, Grace Hopper, total 113.97.
		awaitCustomer(2, customer -> customer.orders() == 2);

		assertThat(earnings.customer(2)).hasValue(new CustomerPoints(2, "Grace Hopper", 226, 2, 0));
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonWhileOtherTypesArePassedOver() {
		OrderCreatedRecords.sendPoison(service);
		send(OrderEvents.json(5, "changed", "OrderChanged", "this is not JSON, but nobody here reads it"),
				OrderEvents.json(6, "cancelled", "OrderCancelled", "{\"reason\": \"no order id\"}"));
		service.send("7created", OrderEvents.created(7, 503, BigDecimal.TEN).value(), Map.of());
		send(OrderEvents.created(401, 503, new BigDecimal("4.20")));

		awaitCustomer(503, customer -> customer.orders() == 1);

		List<ConsumerRecord<String, byte[]>> dead = IsolatedService.readAll(service.deadLetterTopic(), 6,
				Duration.ofSeconds(30));
		assertThat(dead).extracting(ConsumerRecord::key)
			.containsExactly("1created", "2created", "3created", "4created", "6cancelled", "7created");
		assertThat(dead).allSatisfy(record -> assertThat(record.headers().lastHeader("orderflow-dlt-reason"))
			.isNotNull());
		assertThat(reason(dead.get(4))).contains("OrderCancelled event needs orderId");
		assertThat(reason(dead.get(5))).contains("without event type");
		assertThat(earnings.customer(503)).hasValue(new CustomerPoints(503, "Customer 503", 4, 1, 0));
		assertThat(jdbc.sql("select count(*) from earning where order_id between 1 and 7").query(Long.class).single())
			.isZero();
	}

	private static String reason(ConsumerRecord<String, byte[]> record) {
		return new String(record.headers().lastHeader("orderflow-dlt-reason").value(), StandardCharsets.UTF_8);
	}

	private static void send(OrderEvents.Event... events) {
		OrderEvents.send(service.topic(), 1, List.of(events));
	}

	private void awaitCustomer(long customerId, java.util.function.Predicate<CustomerPoints> condition) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Optional<CustomerPoints> customer = earnings.customer(customerId);
			return customer.isPresent() && condition.test(customer.get());
		});
	}

}
