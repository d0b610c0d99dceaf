package dev.orderflow.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** What a Deployment gives its container, with ConfigMaps it imports resolved from the manifests. */
final class Deployments {

	/** Stands for a value that comes from a Secret or the pod's own fields, known only in the cluster. */
	static final String FROM_CLUSTER = "<from cluster>";

	private Deployments() {
	}

	static Container container(Deployment deployment) {
		List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
		if (containers.size() != 1) {
			throw new AssertionError(deployment.getMetadata().getName() + " should run one container, runs "
					+ containers.size());
		}
		return containers.get(0);
	}

	/** Every variable the container gets, by name; secret and field references as {@link #FROM_CLUSTER}. */
	static Map<String, String> environment(Deployment deployment, Manifests manifests) {
		Map<String, String> environment = new LinkedHashMap<>();
		Container container = container(deployment);
		for (EnvFromSource source : container.getEnvFrom()) {
			if (source.getConfigMapRef() == null) {
				throw new AssertionError(deployment.getMetadata().getName() + ": only ConfigMaps are imported whole");
			}
			ConfigMap configMap = manifests.get(ConfigMap.class, source.getConfigMapRef().getName());
			environment.putAll(configMap.getData());
		}
		for (EnvVar variable : container.getEnv()) {
			environment.put(variable.getName(), variable.getValue() != null ? variable.getValue() : FROM_CLUSTER);
		}
		return environment;
	}

	static List<EnvVar> secretVariables(Deployment deployment) {
		return container(deployment).getEnv()
			.stream()
			.filter(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
			.toList();
	}

}
