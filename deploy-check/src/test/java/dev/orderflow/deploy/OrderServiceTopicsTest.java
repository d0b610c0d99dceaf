package dev.orderflow.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.topic.KafkaTopicSpec;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics the order service creates besides {@code order} when it first writes them, the order state topic and
 * the Avro writer schemas, are in topics.yaml as the service would create them with the Deployment's environment
 * (read from the service's code and configuration), and replicated like every other topic.
 */
class OrderServiceTopicsTest {

	private static final String CODE = "order/src/main/java/dev/orderflow/";

	/** Each compaction setting the state topic's code sets, with the property of the order service it takes. */
	private static final Map<String, String> STATE_SETTINGS = Map.of(TopicConfig.SEGMENT_MS_CONFIG,
			"orderflow.kafka.state.segment", TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG,
			"orderflow.kafka.state.min-cleanable-dirty-ratio", TopicConfig.DELETE_RETENTION_MS_CONFIG,
			"orderflow.kafka.state.delete-retention", TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG,
			"orderflow.kafka.state.min-compaction-lag");

	private final Manifests manifests = Manifests.load();

	private final ServiceConfig order = ServiceConfig.of("order");

	private final Map<String, String> environment = Deployments.environment(manifests.get(Deployment.class, "order"),
			manifests);

	@Test
	void theOrderStateTopicIsCompactedWithTheSettingsTheOrderServiceWouldCreateItWith() {
		KafkaTopicSpec topic = topic(order.get("orderflow.kafka.state.topic", environment));
		assertThat(topic.getPartitions())
			.isEqualTo(Integer.valueOf(order.get("orderflow.kafka.state.partitions", environment)));
		assertThat(topic.getReplicas()).isEqualTo(Integer.valueOf(order.get("orderflow.kafka.state.replicas", environment)));
		String code = Project.read(Project.ROOT.resolve(CODE + "orderstate/kafka/OrderStateTopic.java"));
		Set<String> set = settingsSetBy(code);
		assertThat(set).as("settings OrderStateTopic sets").contains(TopicConfig.CLEANUP_POLICY_CONFIG)
			.containsAll(STATE_SETTINGS.keySet());
		set.remove(TopicConfig.CLEANUP_POLICY_CONFIG);
		assertThat(STATE_SETTINGS.keySet()).as("settings this check knows the property of").containsAll(set);
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
		STATE_SETTINGS.forEach((setting, property) -> expected.put(setting, asCodeWrites(order.get(property, environment))));
		assertThat(asText(topic.getConfig())).containsAllEntriesOf(expected);
		assertReplicatedSafely(topic);
	}

	@Test
	void theWriterSchemaTopicIsCompactedWithThePartitionsTheOrderServiceGivesIt() {
		KafkaTopicSpec topic = topic(order.get("orderflow.kafka.schema-topic", environment));
		String code = Project.read(Project.ROOT.resolve(CODE + "eventlog/kafka/EventEncodingConfiguration.java"));
		Matcher partitions = Pattern.compile("\\.partitions\\((\\d+)\\)").matcher(code);
		assertThat(partitions.find()).as("EventEncodingConfiguration sets the schema topic's partitions").isTrue();
		assertThat(topic.getPartitions()).isEqualTo(Integer.valueOf(partitions.group(1)));
		assertThat(settingsSetBy(code)).containsExactly(TopicConfig.CLEANUP_POLICY_CONFIG);
		assertThat(asText(topic.getConfig())).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
				TopicConfig.CLEANUP_POLICY_COMPACT);
		assertReplicatedSafely(topic);
	}

	private static void assertReplicatedSafely(KafkaTopicSpec topic) {
		assertThat(topic.getReplicas()).isEqualTo(3);
		assertThat(topic.getConfig()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, 2)
			.containsEntry(TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, false);
	}

	/** The topic settings a class sets, by the {@code TopicConfig} constants it names in {@code .config(...)}. */
	private static Set<String> settingsSetBy(String code) {
		Set<String> settings = new TreeSet<>();
		Matcher config = Pattern.compile("\\.config\\(TopicConfig\\.([A-Z_]+)").matcher(code);
		while (config.find()) {
			try {
				settings.add((String) TopicConfig.class.getField(config.group(1)).get(null));
			}
			catch (ReflectiveOperationException ex) {
				throw new AssertionError("TopicConfig has no " + config.group(1), ex);
			}
		}
		return settings;
	}

	/** As the code turns the property into the setting's text: a duration in milliseconds, a ratio as a double. */
	private static String asCodeWrites(String value) {
		if (value.matches("-?\\d+(\\.\\d+)?")) {
			return String.valueOf(Double.parseDouble(value));
		}
		return String.valueOf(DurationStyle.detectAndParse(value).toMillis());
	}

	private static Map<String, String> asText(Map<String, Object> config) {
		Map<String, String> text = new LinkedHashMap<>();
		config.forEach((key, value) -> text.put(key, String.valueOf(value)));
		return text;
	}

	private KafkaTopicSpec topic(String name) {
		return manifests.of(KafkaTopic.class).stream()
			.filter(t -> name.equals(t.getSpec().getTopicName() != null ? t.getSpec().getTopicName()
					: t.getMetadata().getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("deploy/kubernetes has no KafkaTopic " + name))
			.getSpec();
	}

}
