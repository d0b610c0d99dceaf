package dev.orderflow.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret value is in the repository: the manifests only name Secrets, and each named Secret is either generated
 * by Strimzi (a user's password, the cluster CA) or created by a command docs/operations.md gives, with every key a
 * Deployment reads.
 */
class SecretReferencesTest {

	/** The keys of the Secrets Strimzi's user operator and cluster operator generate. */
	private static final Set<String> USER_SECRET_KEYS = Set.of("password", "sasl.jaas.config");

	private static final Set<String> CLUSTER_CA_KEYS = Set.of("ca.crt", "ca.p12", "ca.password");

	private final Manifests manifests = Manifests.load();

	@Test
	void eachServiceAuthenticatesToKafkaAsItsOwnUser() {
		for (String name : Project.SERVICES) {
			EnvVar jaas = Deployments.secretVariables(manifests.get(Deployment.class, name)).stream()
				.filter(v -> v.getName().equals("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).findFirst()
				.orElseThrow(() -> new AssertionError(name + " sets no SASL JAAS configuration"));
			assertThat(jaas.getValueFrom().getSecretKeyRef().getName()).isEqualTo(name);
			assertThat(jaas.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("sasl.jaas.config");
			manifests.get(KafkaUser.class, name);
		}
	}

	@Test
	void everySecretADeploymentReadsIsGeneratedByStrimziOrCreatedAsDocumented() {
		String caSecret = kafka().getMetadata().getName() + "-cluster-ca-cert";
		String operations = Project.read(Project.ROOT.resolve("docs/operations.md"));
		for (Map.Entry<String, Set<String>> secret : secretKeys().entrySet()) {
			String name = secret.getKey();
			if (manifests.named(KafkaUser.class, name).isPresent()) {
				assertThat(USER_SECRET_KEYS).as("keys of user Secret " + name).containsAll(secret.getValue());
			}
			else if (name.equals(caSecret)) {
				assertThat(CLUSTER_CA_KEYS).as("keys of " + name).containsAll(secret.getValue());
			}
			else {
				Matcher command = Pattern.compile("kubectl create secret generic " + Pattern.quote(name)
						+ "((?: *\\\\\\n)? +--from-literal=[^ \\n]+)+").matcher(operations);
				assertThat(command.find()).as("docs/operations.md says how to create Secret " + name).isTrue();
				for (String key : secret.getValue()) {
					assertThat(command.group()).as("docs/operations.md creates key " + key + " of Secret " + name)
						.contains("--from-literal=" + key + "=");
				}
			}
		}
	}

	@Test
	void theTruststoreTheClientsAreToldAboutIsTheMountedClusterCa() {
		for (String name : Project.SERVICES) {
			Deployment deployment = manifests.get(Deployment.class, name);
			String location = Deployments.environment(deployment, manifests)
				.get("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION");
			Volume volume = volumes(deployment).stream()
				.filter(v -> v.getSecret() != null
						&& v.getSecret().getSecretName().equals(kafka().getMetadata().getName() + "-cluster-ca-cert"))
				.findFirst().orElseThrow(() -> new AssertionError(name + " mounts no cluster CA"));
			VolumeMount mount = Deployments.container(deployment).getVolumeMounts().stream()
				.filter(m -> m.getName().equals(volume.getName())).findFirst().orElseThrow();
			assertThat(volume.getSecret().getItems()).extracting(item -> mount.getMountPath() + "/" + item.getPath())
				.as(name + "'s truststore").contains(location);
		}
	}

	private Kafka kafka() {
		List<Kafka> clusters = manifests.of(Kafka.class);
		assertThat(clusters).hasSize(1);
		return clusters.get(0);
	}

	/** Secret name to the keys read from it, by variables and by volumes. */
	private Map<String, Set<String>> secretKeys() {
		Map<String, Set<String>> keys = new LinkedHashMap<>();
		for (Deployment deployment : manifests.of(Deployment.class)) {
			for (EnvVar variable : Deployments.secretVariables(deployment)) {
				keys.computeIfAbsent(variable.getValueFrom().getSecretKeyRef().getName(), k -> new TreeSet<>())
					.add(variable.getValueFrom().getSecretKeyRef().getKey());
			}
			for (Volume volume : volumes(deployment)) {
				if (volume.getSecret() != null) {
					keys.computeIfAbsent(volume.getSecret().getSecretName(), k -> new TreeSet<>())
						.addAll(volume.getSecret().getItems().stream().map(KeyToPath::getKey).toList());
				}
			}
		}
		assertThat(keys).isNotEmpty();
		return keys;
	}

	private static List<Volume> volumes(Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getVolumes();
	}

}
