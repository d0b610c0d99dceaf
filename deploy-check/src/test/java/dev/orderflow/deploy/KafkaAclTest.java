package dev.orderflow.deploy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.orderflow.kafka.consumer.format.EventFormatDeserializer;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's Kafka user may do exactly what its code does, with the topic and group names its configuration and
 * kafka-consumer-support resolve to in the Deployment's environment: no less (the service would fail), no more.
 */
class KafkaAclTest {

	/** Where a consumer's value deserializer is told the schema topic (kafka-consumer-support's setting). */
	private static final String SCHEMA_TOPIC = "spring.kafka.consumer.properties." + EventFormatDeserializer.SCHEMA_TOPIC;

	private final Manifests manifests = Manifests.load();

	@Test
	void theOrderServiceMayWriteAndCreateItsTopicsAndDescribeTheGroupsItsPipelinePageShows() {
		ServiceConfig order = ServiceConfig.of("order");
		Map<String, String> environment = environment("order");
		Set<String> needed = new TreeSet<>();
		// The event topic (relay), the order state topic (state publisher) and the Avro writer schemas (whatever the
		// format today: it can be switched on a running system); each created by the service if missing.
		for (String property : List.of("orderflow.kafka.topic", "orderflow.kafka.state.topic",
				"orderflow.kafka.schema-topic")) {
			String topic = order.get(property, environment);
			needed.addAll(List.of(grant("topic", topic, "WRITE"), grant("topic", topic, "CREATE")));
		}
		for (String group : pipelineGroups()) {
			needed.add(grant("group", group, "DESCRIBE"));
		}
		assertThat(effective(granted("order"))).isEqualTo(effective(needed));
	}

	@Test
	void thePipelinePageShowsTheGroupOfEveryConsumerDeployed() {
		for (String consumer : Project.CONSUMERS) {
			assertThat(pipelineGroups()).as(consumer + "'s group")
				.contains(ServiceConfig.of(consumer).get("spring.kafka.consumer.group-id", environment(consumer)));
		}
	}

	@Test
	void eachConsumerMayReadTheOrderTopicInItsGroupAndUseOnlyItsOwnDeadLetterTopic() {
		for (String consumer : Project.CONSUMERS) {
			ServiceConfig config = ServiceConfig.of(consumer);
			Map<String, String> environment = environment(consumer);
			String deadLetters = OrderTopicCode.deadLetterTopic(config, environment);
			// The deserializer reads the Avro writer schemas from this topic, assigned, without a group.
			String schemas = config.get(SCHEMA_TOPIC, environment);
			Set<String> needed = new TreeSet<>(List.of(grant("topic", config.get("orderflow.kafka.topic", environment), "READ"),
					grant("topic", schemas, "READ"),
					grant("group", config.get("spring.kafka.consumer.group-id", environment), "READ"),
					grant("topic", deadLetters, "READ"), grant("topic", deadLetters, "WRITE"),
					grant("topic", deadLetters, "CREATE"),
					grant("group", OrderTopicCode.deadLetterGroup(config, environment), "READ")));
			// Spring's KafkaAdmin compares the dead-letter topic's settings with the code's and corrects them.
			if ("true".equals(config.get("spring.kafka.admin.modify-topic-configs", environment))) {
				needed.add(grant("topic", deadLetters, "ALTERCONFIGS"));
			}
			assertThat(effective(granted(consumer))).as(consumer).isEqualTo(effective(needed));
		}
	}

	@Test
	void noConsumerMayWriteTheOrderServicesTopics() {
		ServiceConfig order = ServiceConfig.of("order");
		for (String property : List.of("orderflow.kafka.topic", "orderflow.kafka.state.topic",
				"orderflow.kafka.schema-topic")) {
			String topic = order.get(property, environment("order"));
			for (String consumer : Project.CONSUMERS) {
				assertThat(effective(granted(consumer))).as(consumer + " on " + topic)
					.doesNotContain(grant("topic", topic, "WRITE"), grant("topic", topic, "DELETE"),
							grant("topic", topic, "ALTER"), grant("topic", topic, "ALTERCONFIGS"));
			}
		}
	}

	@Test
	void everyServiceAuthenticatesWithScramAndIsAuthorizedByLiteralNames() {
		for (String service : Project.SERVICES) {
			KafkaUser user = manifests.get(KafkaUser.class, service);
			assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
			assertThat(acls(service)).allSatisfy(rule -> {
				assertThat(rule.getOperations()).doesNotContain(AclOperation.ALL);
				// The single "operation" of v1beta2 is gone in kafka.strimzi.io/v1, though the 0.51 model still has it.
				assertThat(rule.getOperation()).isNull();
			});
		}
	}

	private List<String> pipelineGroups() {
		return Arrays.stream(ServiceConfig.of("order").get("orderflow.pipeline.groups", environment("order")).split(","))
			.map(String::trim).toList();
	}

	private Map<String, String> environment(String service) {
		return Deployments.environment(manifests.get(Deployment.class, service), manifests);
	}

	private List<AclRule> acls(String service) {
		return ((KafkaUserAuthorizationSimple) manifests.get(KafkaUser.class, service).getSpec().getAuthorization())
			.getAcls();
	}

	private Set<String> granted(String service) {
		return KafkaUserGrants.of(manifests, service);
	}

	private static String grant(String type, String name, String operation) {
		return KafkaUserGrants.grant(type, name, operation);
	}

	/** With what Kafka's authorizer lets each operation imply: reading, writing or altering implies describing. */
	private static Set<String> effective(Set<String> grants) {
		Set<String> effective = new TreeSet<>(grants);
		for (String grant : grants) {
			String resource = grant.substring(0, grant.lastIndexOf(' '));
			String operation = grant.substring(grant.lastIndexOf(' ') + 1);
			if (Set.of("READ", "WRITE", "DELETE", "ALTER").contains(operation)) {
				effective.add(resource + " DESCRIBE");
			}
			if (operation.equals("ALTERCONFIGS")) {
				effective.add(resource + " DESCRIBECONFIGS");
			}
		}
		return effective;
	}

}
