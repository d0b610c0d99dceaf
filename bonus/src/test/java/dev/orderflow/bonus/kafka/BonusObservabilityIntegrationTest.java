package dev.orderflow.bonus.kafka;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.orderflow.bonus.Earnings;
import dev.orderflow.testsupport.GrafanaDashboard;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import dev.orderflow.testsupport.Prometheus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bonus's metrics, read from its Prometheus endpoint while its batch listener handles records from the real broker
 * into the real PostgreSQL: every one the Grafana dashboard queries of it, although bonus has no tracer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BonusObservabilityIntegrationTest {

	static final IsolatedService service = new IsolatedService("bonus");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@BeforeAll
	static void createTopics() {
		service.createTopic(1);
		service.createSchemaTopic();
	}

	@LocalServerPort
	int port;

	@Autowired
	Earnings earnings;

	@Test
	void bonusExposesEveryConsumerMetricTheDashboardShowsOfItUnderItsApplicationTag() {
		Set<String> queried = GrafanaDashboard.metricsOf("bonus");
		assertThat(queried).as("the dashboard's consumer panels").contains("orderflow_kafka_records_handled_total",
				"orderflow_kafka_batch_processing_seconds_sum", "orderflow_kafka_dead_letters_total",
				"kafka_consumer_fetch_manager_records_lag_max");

		OrderCreatedRecords.sendPoison(service);
		OrderEvents.send(service.topic(), 1, List.of(OrderEvents.created(901, 601, new BigDecimal("3.00"))));
		await().atMost(Duration.ofSeconds(60)).until(() -> earnings.customer(601).isPresent());

		// Micrometer looks for a consumer's new Kafka metrics (the lag appears once partitions are assigned) once a
		// minute, so the lag may take that long to show.
		await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> assertThat(scrape().names()).containsAll(queried));
		Map<String, String> bonus = Map.of("application", "bonus");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Prometheus scrape = scrape();
			assertThat(scrape.valueOrZero("orderflow_kafka_records_handled_total", bonus)).isPositive();
			assertThat(scrape.valueOrZero("orderflow_kafka_dead_letters_total", bonus)).isEqualTo(4);
		});
	}

	private Prometheus scrape() {
		return Prometheus.scrape("http://127.0.0.1:" + port + "/bonus/actuator/prometheus");
	}

}
