package dev.orderflow.deploy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model check refuses what the API server would refuse, so the manifest tests can fail. */
class StrictYamlTest {

	private static void read(String yaml) {
		StrictYaml.documents(yaml).forEach(document -> Manifests.read(document, Path.of("test.yaml")));
	}

	@Test
	void aMisspeltDeploymentFieldIsRefused() {
		assertThatThrownBy(() -> read("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: {name: order}
				spec: {replica: 2}
				""")).hasMessageContaining("replica");
	}

	@Test
	void aNumberWhereKubernetesWantsTextIsRefused() {
		assertThatThrownBy(() -> read("""
				apiVersion: v1
				kind: ConfigMap
				metadata: {name: settings}
				data: {ORDERFLOW_TOPIC_REPLICAS: 3}
				""")).hasMessageContaining("ConfigMap");
	}

	@Test
	void aMisspeltStrimziFieldIsRefused() {
		assertThatThrownBy(() -> read("""
				apiVersion: kafka.strimzi.io/v1
				kind: KafkaTopic
				metadata: {name: order}
				spec: {partitons: 5}
				""")).hasMessageContaining("partitons");
	}

	@Test
	void anUnknownAclOperationIsRefused() {
		assertThatThrownBy(() -> read("""
				apiVersion: kafka.strimzi.io/v1
				kind: KafkaUser
				metadata: {name: shipping}
				spec:
				  authorization:
				    type: simple
				    acls: [{resource: {type: topic, name: order}, operations: [Consume]}]
				""")).hasMessageContaining("Consume");
	}

	@Test
	void aKindOrVersionNoModelServesIsRefused() {
		assertThatThrownBy(() -> read("""
				apiVersion: kafka.strimzi.io/v2
				kind: KafkaTopic
				metadata: {name: order}
				""")).hasMessageContaining("no model checks kafka.strimzi.io/v2/KafkaTopic");
	}

}
