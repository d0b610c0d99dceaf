package dev.orderflow.deploy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.topic.KafkaTopicSpec;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster survives the loss of a broker, accepts only authenticated TLS clients, and has the code's topics. */
class KafkaResourcesTest {

	private final Manifests manifests = Manifests.load();

	private final Kafka kafka = manifests.of(Kafka.class).get(0);

	@Test
	void everyStrimziResourceUsesTheOnlyApiVersionStrimziOneServes() {
		assertThat(manifests.all()).extracting(Manifests.Manifest::apiVersion)
			.filteredOn(version -> version.startsWith("kafka.strimzi.io/"))
			.hasSizeGreaterThanOrEqualTo(8)
			.containsOnly("kafka.strimzi.io/v1");
	}

	@Test
	void threeNodesAreEachBrokerAndControllerOfTheCluster() {
		List<KafkaNodePool> pools = manifests.of(KafkaNodePool.class);
		assertThat(pools).allSatisfy(pool -> assertThat(clusterOf(pool)).isEqualTo(kafka.getMetadata().getName()));
		int brokers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
			.mapToInt(p -> p.getSpec().getReplicas()).sum();
		int controllers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
			.mapToInt(p -> p.getSpec().getReplicas()).sum();
		assertThat(brokers).isGreaterThanOrEqualTo(3);
		assertThat(controllers).isGreaterThanOrEqualTo(3).matches(n -> n % 2 == 1, "odd, for a majority");
	}

	@Test
	void theBrokersKeepEveryAcknowledgedWriteOnTwoReplicasAndNeverElectAStaleLeader() {
		Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
		assertThat(AbstractKafkaConfig.CONFIG_DEF.names()).as("broker settings that exist").containsAll(config.keySet());
		assertThat(config).containsEntry("default.replication.factor", 3)
			.containsEntry("min.insync.replicas", 2)
			.containsEntry("unclean.leader.election.enable", false)
			.containsEntry("auto.create.topics.enable", false);
	}

	@Test
	void everyListenerIsTlsWithScramAndEveryRequestIsAuthorized() {
		List<GenericKafkaListener> listeners = kafka.getSpec().getKafka().getListeners();
		assertThat(listeners).isNotEmpty().allSatisfy(listener -> {
			assertThat(listener.isTls()).as(listener.getName()).isTrue();
			assertThat(listener.getAuth()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
		});
		assertThat(kafka.getSpec().getKafka().getAuthorization()).isInstanceOf(KafkaAuthorizationSimple.class);
		Map<String, String> client = Deployments.environment(manifests.get(Deployment.class, "order"), manifests);
		assertThat(client).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
			.containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
		assertThat(listeners).extracting(l -> kafka.getMetadata().getName() + "-kafka-bootstrap:" + l.getPort())
			.as("the services' bootstrap address").contains(client.get("KAFKA_BOOTSTRAP_SERVERS"));
	}

	@Test
	void theOrderTopicIsCreatedAsTheOrderServiceWouldAndKeepsItsHistory() {
		ServiceConfig order = ServiceConfig.of("order");
		Map<String, String> environment = Deployments.environment(manifests.get(Deployment.class, "order"), manifests);
		KafkaTopicSpec topic = topic(order.get("orderflow.kafka.topic", environment));
		assertThat(topic.getPartitions()).isEqualTo(Integer.valueOf(order.get("orderflow.kafka.partitions", environment)));
		assertThat(topic.getReplicas()).isEqualTo(3)
			.isEqualTo(Integer.valueOf(order.get("orderflow.kafka.replicas", environment)));
		assertThat(topic.getConfig()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, 2)
			.containsEntry(TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, false)
			.containsEntry(TopicConfig.RETENTION_MS_CONFIG, -1)
			.containsEntry(TopicConfig.RETENTION_BYTES_CONFIG, -1);
	}

	@Test
	void eachConsumerHasItsDeadLetterTopicWithTheSizeLimitItsCodeSets() {
		for (String consumer : Project.CONSUMERS) {
			ServiceConfig config = ServiceConfig.of(consumer);
			Map<String, String> environment = Deployments.environment(manifests.get(Deployment.class, consumer), manifests);
			KafkaTopicSpec topic = topic(OrderTopicCode.deadLetterTopic(config, environment));
			assertThat(topic.getReplicas()).isEqualTo(3);
			assertThat(topic.getConfig()).containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
					OrderTopicCode.deadLetterMaxBytes()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, 2);
		}
	}

	@Test
	void topicsAndUsersBelongToTheClusterAndUseOnlyTopicSettingsThatExist() {
		Set<String> topicSettings = new HashSet<>(org.apache.kafka.storage.internals.log.LogConfig.configNames());
		for (KafkaTopic topic : manifests.of(KafkaTopic.class)) {
			assertThat(topicSettings).as(topic.getMetadata().getName()).containsAll(topic.getSpec().getConfig().keySet());
		}
		assertThat(manifests.all()).filteredOn(m -> m.apiVersion().startsWith("kafka.strimzi.io/"))
			.filteredOn(m -> !(m.resource() instanceof Kafka))
			.allSatisfy(m -> assertThat(clusterOf(m.resource())).isEqualTo(kafka.getMetadata().getName()));
	}

	private KafkaTopicSpec topic(String name) {
		return manifests.of(KafkaTopic.class).stream()
			.filter(t -> name.equals(t.getSpec().getTopicName() != null ? t.getSpec().getTopicName()
					: t.getMetadata().getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("deploy/kubernetes has no KafkaTopic " + name))
			.getSpec();
	}

	private static String clusterOf(HasMetadata resource) {
		return resource.getMetadata().getLabels().get("strimzi.io/cluster");
	}

}
