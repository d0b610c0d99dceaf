package dev.orderflow.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * The resources in {@code deploy/kubernetes/}, each read into the model class of its {@code apiVersion} and
 * {@code kind}. Which API versions exist comes from the models' own annotations (Strimzi's classes serve
 * {@code kafka.strimzi.io/v1}), so an apiVersion the model does not serve, or a kind nobody checks, is refused.
 */
final class Manifests {

	private static final List<Class<? extends HasMetadata>> KINDS = List.of(Deployment.class, Service.class,
			ConfigMap.class, Ingress.class, Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class);

	/** The apiVersion as written: the Strimzi model reports its own storage version instead. */
	record Manifest(Path file, String apiVersion, HasMetadata resource) {
	}

	private final List<Manifest> manifests;

	private Manifests(List<Manifest> manifests) {
		this.manifests = manifests;
	}

	static Manifests load() {
		List<Manifest> all = new ArrayList<>();
		for (Path file : Project.kubernetesFiles()) {
			for (JsonNode document : StrictYaml.documents(Project.read(file))) {
				all.add(new Manifest(file, document.path("apiVersion").asText(), read(document, file)));
			}
		}
		return new Manifests(all);
	}

	static HasMetadata read(JsonNode document, Path file) {
		String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
		Class<? extends HasMetadata> model = models().get(type);
		if (model == null) {
			throw new IllegalArgumentException(file + ": no model checks " + type + "; known: " + models().keySet());
		}
		try {
			return StrictYaml.convert(document, model);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	static Map<String, Class<? extends HasMetadata>> models() {
		Map<String, Class<? extends HasMetadata>> models = new LinkedHashMap<>();
		for (Class<? extends HasMetadata> kind : KINDS) {
			for (String version : versions(kind)) {
				models.put(version + "/" + HasMetadata.getKind(kind), kind);
			}
		}
		return models;
	}

	/** Strimzi's classes list every version they serve; fabric8's annotation names one. */
	@SuppressWarnings("unchecked")
	private static List<String> versions(Class<? extends HasMetadata> kind) {
		try {
			String group = HasMetadata.getGroup(kind);
			return ((List<String>) kind.getField("VERSIONS").get(null)).stream().map(v -> group + "/" + v).toList();
		}
		catch (NoSuchFieldException ex) {
			return List.of(HasMetadata.getApiVersion(kind));
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<Manifest> all() {
		return manifests;
	}

	<T extends HasMetadata> List<T> of(Class<T> kind) {
		return manifests.stream().map(Manifest::resource).filter(kind::isInstance).map(kind::cast).toList();
	}

	<T extends HasMetadata> Optional<T> named(Class<T> kind, String name) {
		return of(kind).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
	}

	<T extends HasMetadata> T get(Class<T> kind, String name) {
		return named(kind, name)
			.orElseThrow(() -> new AssertionError("deploy/kubernetes has no " + kind.getSimpleName() + " " + name));
	}

}
