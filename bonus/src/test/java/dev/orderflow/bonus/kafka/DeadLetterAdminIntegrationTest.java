package dev.orderflow.bonus.kafka;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.WebClient;
import org.junit.jupiter.api.BeforeAll;
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

	static final AtomicLong offsets = new AtomicLong(1_000_000);

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

	@Autowired
	Earnings earnings;

	@Test
	void retriedDeadLettersOfACreationAndItsCancellationBookTheOrderAsCancelled() {
		long cancellation = deadLetter("{\"eventType\": \"OrderCancelled\", \"orderId\": 7001}");
		long creation = deadLetter("{\"eventType\": \"OrderCreated\", \"orderId\": 7001, "
				+ "\"customer\": {\"id\": 601, \"name\": \"Ada\"}, \"total\": 12.50}");

		admin().postFrom("/dead-letters", "/dead-letters/retry", form(cancellation));
		admin().postFrom("/dead-letters", "/dead-letters/retry", form(creation));

		assertThat(status(cancellation)).isEqualTo("retried");
		assertThat(status(creation)).isEqualTo("retried");
		assertThat(earnings.customer(601)).hasValue(new CustomerPoints(601, "Ada", 0, 0, 1));
	}

	@Test
	void aDeadLetterThatDoesNotSayWhatItIsStaysOpenWithTheReason() {
		long offset = deadLetter("{\"orderId\": 7002, \"customer\": {\"id\": 602, \"name\": \"Bob\"}, \"total\": 5}");

		admin().postFrom("/dead-letters", "/dead-letters/retry", form(offset));

		assertThat(status(offset)).isEqualTo("open");
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

	private long deadLetter(String payload) {
		long offset = offsets.incrementAndGet();
		jdbc.sql("""
				insert into dead_letter (original_topic, original_partition, original_offset, record_key, exception,
				                         message, payload, failed_at, content_type)
				values (?, 0, ?, ?, 'dev.orderflow.kafka.consumer.UnprocessableRecordException', 'a bug since fixed',
				        ?, ?, 'application/json')""")
			.params(service.topic(), offset, offset + "created", payload.getBytes(StandardCharsets.UTF_8),
					Timestamp.from(Instant.now()))
			.update();
		return offset;
	}

	private Map<String, String> form(long offset) {
		return Map.of("topic", service.topic(), "partition", "0", "offset", String.valueOf(offset));
	}

	private String status(long offset) {
		return jdbc.sql("select status from dead_letter where original_offset = ?").param(offset)
			.query(String.class)
			.single();
	}

}
