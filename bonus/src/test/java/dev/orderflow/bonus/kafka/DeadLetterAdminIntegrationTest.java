package dev.orderflow.bonus.kafka;

import java.nio.charset.StandardCharsets;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;
import dev.orderflow.kafka.consumer.deadletters.DeadLetterTable;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.WebClient;
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

/**
 * The admin area of the bonus service on the real PostgreSQL and broker: a retry reads a dead letter stored as the
 * consumer read it (JSON holding the event type, since a retry has no headers) and books it through the listener's
 * path. Dead letters are put into the table as the recorder would have stored them, at offsets far beyond anything the
 * test topic holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orderflow.admin.password=test-only-secret")
class DeadLetterAdminIntegrationTest {

	static final IsolatedService service = new IsolatedService("bonus");

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

	DeadLetterTable deadLetters;

	@Autowired
	Earnings earnings;

	@BeforeEach
	void deadLetterTable() {
		deadLetters = new DeadLetterTable(jdbc, service.topic());
	}

	@Test
	void retriedDeadLettersOfACreationAndItsCancellationBookTheOrderAsCancelled() {
		long cancellation = deadLetter("{\"eventType\": \"OrderCancelled\", \"orderId\": 7001}");
		long creation = deadLetter("{\"eventType\": \"OrderCreated\", \"orderId\": 7001, "
				+ "\"customer\": {\"id\": 601, \"name\": \"Ada\"}, \"total\": 12.50}");

		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(cancellation));
		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(creation));

		assertThat(deadLetters.status(cancellation)).isEqualTo("retried");
		assertThat(deadLetters.status(creation)).isEqualTo("retried");
		assertThat(earnings.customer(601)).hasValue(new CustomerPoints(601, "Ada", 0, 0, 1));
	}

	@Test
	void aDeadLetterThatDoesNotSayWhatItIsStaysOpenWithTheReason() {
		long offset = deadLetter("{\"orderId\": 7002, \"customer\": {\"id\": 602, \"name\": \"Bob\"}, \"total\": 5}");

		admin().postFrom("/dead-letters", "/dead-letters/retry", deadLetters.form(offset));

		assertThat(deadLetters.status(offset)).isEqualTo("open");
		assertThat(admin().get("/dead-letters").body()).contains("without event type");
		assertThat(earnings.customer(602)).isEmpty();
	}

	@Test
	void theAdminAreaRefusesAVisitorWithoutCredentialsButThePointsAreOpen() {
		WebClient visitor = new WebClient(base());

		assertThat(visitor.get("/dead-letters").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/customers").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/api/points").statusCode()).isEqualTo(200);
	}

	private WebClient admin() {
		return new WebClient(base()).withBasicAuth("admin", "test-only-secret");
	}

	private String base() {
		return "http://127.0.0.1:" + port + "/bonus";
	}

	/** A dead letter as bonus's recorder stores it: the JSON as the consumer read it, holding the event type. */
	private long deadLetter(String json) {
		return deadLetters.add(json.getBytes(StandardCharsets.UTF_8), "application/json", null, null,
				"a bug since fixed");
	}

}
