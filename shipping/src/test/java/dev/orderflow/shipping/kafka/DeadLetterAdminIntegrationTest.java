package dev.orderflow.shipping.kafka;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.kafka.consumer.deadletters.DeadLetterTable;
import dev.orderflow.shipping.Shipments;
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
import static org.awaitility.Awaitility.await;

/**
 * The admin area of shipping, served by the running service from its own schema on the real PostgreSQL, with its
 * listener on the real broker. Most dead letters are put into the table as the recorder would have stored them; their
 * partition-0 offsets are far beyond anything the test topic holds, so they cannot collide with real ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orderflow.admin.username=ops", "orderflow.admin.password=test-only-secret" })
class DeadLetterAdminIntegrationTest {

	static final IsolatedService service = new IsolatedService("shipping");

	static final AtomicLong orderIds = new AtomicLong(5000);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopics() {
		service.createTopic(1);
		service.createSchemaTopic();
		OrderCreatedRecords.publishWriterSchema(service, 2);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DeadLetterTable deadLetters;

	@Autowired
	Shipments shipments;

	@BeforeEach
	void deadLetterTable() {
		deadLetters = new DeadLetterTable(jdbc, service.topic());
	}

	@Test
	void theAdminSeesEachOpenDeadLetterWithItsReasonPayloadAndTimeAndARetryAndADiscardForm() {
		OrderCreatedRecords.sendPoison(service);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> deadLetters.count("status = 'open' and record_key like '_created'") == 4);

		HttpResponse<String> page = admin().get("/dead-letters");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Dead letters · orderflow</title>", "1created", "3created",
				"this is not JSON", "an order event needs orderId, customer, shippingAddress and lines",
				"UnprocessableRecordException", " UTC</time>", "action=\"/shipping/dead-letters/retry\"",
				"action=\"/shipping/dead-letters/discard\"", "name=\"_csrf\"")
			.doesNotContain("None: nothing is waiting");
	}

	@Test
	void withoutCredentialsOrWithAWrongPasswordTheAdminAreaIsRefusedWhileTheShipmentsStayOpen() {
		WebClient visitor = new WebClient(base());
		WebClient guesser = new WebClient(base()).withBasicAuth("ops", "wrong");

		assertThat(visitor.get("/dead-letters").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/dead-letters").headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm=\"orderflow admin\""));
		assertThat(visitor.get("/api/dead-letters").statusCode()).isEqualTo(401);
		assertThat(guesser.get("/dead-letters").statusCode()).isEqualTo(401);
		assertThat(guesser.get("/api/dead-letters").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/shipments").statusCode()).isEqualTo(200);
		assertThat(admin().get("/api/dead-letters").statusCode()).isEqualTo(200);
	}

	@Test
	void retryingADeadLetterThatCanNowBeProcessedShipsTheOrderAndClosesIt() {
		long orderId = orderIds.incrementAndGet();
		long offset = deadLetters.add(OrderCreatedRecords.json(orderId), "a bug since fixed");

		HttpResponse<String> response = admin().postFrom("/dead-letters", "/dead-letters/retry",
				deadLetters.form(offset));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue(
				"/shipping/dead-letters?outcome=retried&letter=" + service.topic() + "-0@" + offset);
		assertThat(shipments.findByOrderId(orderId)).hasValueSatisfying(
				shipment -> assertThat(shipment.address().street()).isEqualTo("1 Harbour Road"));
		assertThat(deadLetters.status(offset)).isEqualTo("retried");
		String page = admin().get(response.headers().firstValue("Location").orElseThrow().substring(9)).body();
		assertThat(page).contains("was processed and is closed")
			.doesNotContain("id=\"letter-" + deadLetters.id(offset) + "\"");
	}

	@Test
	void retryingAnAvroDeadLetterReadsItAsAvroOnceItsWriterSchemaIsKnown() {
		long orderId = orderIds.incrementAndGet();
		long offset = deadLetters.add(OrderCreatedRecords.avro(orderId, 2), "avro/binary", null, null,
				"cannot resolve the writer schema of fingerprint ...");

		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(offset));

		assertThat(deadLetters.status(offset)).isEqualTo("retried");
		assertThat(shipments.findByOrderId(orderId)).hasValueSatisfying(
				shipment -> assertThat(shipment.address().street()).isEqualTo("1 Harbour Road"));
		assertThat(admin().get("/api/dead-letters").body()).contains("avro/binary, Base64: ");
	}

	@Test
	void retryingADeadLetterThatStillCannotBeProcessedKeepsItOpenWithTheNewReason() {
		long offset = deadLetters.add("{\"orderId\": 3}", "an old reason");

		HttpResponse<String> response = admin().postFrom("/dead-letters", "/dead-letters/retry",
				deadLetters.form(offset));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("outcome=failed");
		assertThat(deadLetters.status(offset)).isEqualTo("open");
		assertThat(deadLetters.message(offset)).startsWith("an order event needs orderId, customer");
		assertThat(admin().get("/dead-letters").body())
			.contains("id=\"letter-" + deadLetters.id(offset) + "\"", "last retry")
			.doesNotContain("an old reason");
	}

	@Test
	void retryingADeadLetterOfAnOrderThatWasShippedMeanwhileCreatesNothingNew() {
		long orderId = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service, orderId);
		await().atMost(Duration.ofSeconds(60)).until(() -> shipments.findByOrderId(orderId).isPresent());
		long offset = deadLetters.add(OrderCreatedRecords.json(orderId), "a bug since fixed");

		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(offset));

		assertThat(deadLetters.status(offset)).isEqualTo("retried");
		assertThat(jdbc.sql("select count(*) from shipment where order_id = ?").param(orderId).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void discardingADeadLetterClosesItWithItsTimeAndTakesItFromTheOpenOnes() {
		long offset = deadLetters.add("this is not JSON either", "not JSON");

		HttpResponse<String> response = admin().postFrom("/dead-letters", "/dead-letters/discard",
				deadLetters.form(offset));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(deadLetters.status(offset)).isEqualTo("discarded");
		assertThat(jdbc.sql("select closed_at is not null from dead_letter where original_offset = ?").param(offset)
			.query(Boolean.class).single()).isTrue();
		String page = admin().get("/dead-letters").body();
		assertThat(page.substring(0, page.indexOf("Recently closed"))).doesNotContain(deadLetters.id(offset));
		assertThat(page.substring(page.indexOf("Recently closed"))).contains(deadLetters.id(offset), "discarded");
	}

	@Test
	void aRetryOrDiscardPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		long orderId = orderIds.incrementAndGet();
		long offset = deadLetters.add(OrderCreatedRecords.json(orderId), "a bug since fixed");

		assertThat(admin().post("/dead-letters/retry", deadLetters.form(offset)).statusCode()).isEqualTo(403);
		assertThat(admin().post("/dead-letters/discard", deadLetters.form(offset)).statusCode()).isEqualTo(403);

		assertThat(deadLetters.status(offset)).isEqualTo("open");
		assertThat(shipments.findByOrderId(orderId)).isEmpty();
	}

	private WebClient admin() {
		return new WebClient(base()).withBasicAuth("ops", "test-only-secret");
	}

	private String base() {
		return "http://127.0.0.1:" + port + "/shipping";
	}

}
