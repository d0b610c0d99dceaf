package dev.orderflow.eventlog.kafka;

import java.util.List;
import java.util.Map;

import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The topic as the order service creates it on the real broker at start-up. */
@SpringBootTest
class OrderTopicIntegrationTest {

	static final IsolatedService service = new IsolatedService("ordering");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Test
	void theOrderTopicKeepsItsWholeHistoryWhateverTheBrokersDefault() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, service.topic());
			ConfigEntry retention = admin.describeConfigs(List.of(topic)).all().get().get(topic)
				.get(TopicConfig.RETENTION_MS_CONFIG);

			assertThat(retention.value()).isEqualTo("-1");
			assertThat(retention.source()).as("set on the topic, not inherited from the broker")
				.isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
			assertThat(admin.describeTopics(List.of(service.topic())).allTopicNames().get().get(service.topic())
				.partitions()).hasSize(5);
		}
	}

}
