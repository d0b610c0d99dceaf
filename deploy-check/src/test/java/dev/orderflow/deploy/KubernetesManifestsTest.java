package dev.orderflow.deploy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesManifestsTest {

	private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

	private final Manifests manifests = Manifests.load();

	@Test
	void everyManifestReadsIntoItsApiModelWithNoUnknownField() {
		assertThat(manifests.all()).extracting(m -> m.file().getFileName().toString())
			.containsAll(List.of("kafka.yaml", "topics.yaml", "users.yaml", "kafka-client.yaml", "order.yaml",
					"shipping.yaml", "invoicing.yaml", "bonus.yaml", "ingress.yaml"));
		assertThat(manifests.all()).allSatisfy(m -> assertThat(m.resource().getMetadata().getName())
			.as("%s in %s", m.resource().getKind(), m.file())
			.matches(DNS_SUBDOMAIN)
			.hasSizeLessThanOrEqualTo(253));
	}

	@Test
	void eachServiceHasADeploymentAndAServiceSelectingItsPods() {
		assertThat(manifests.of(Deployment.class)).extracting(d -> d.getMetadata().getName())
			.containsExactlyInAnyOrderElementsOf(Project.SERVICES);
		for (Deployment deployment : manifests.of(Deployment.class)) {
			String name = deployment.getMetadata().getName();
			Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
			assertThat(podLabels).as(name + "'s pods carry its selector")
				.containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
			Service service = manifests.get(Service.class, name);
			assertThat(podLabels).as("Service " + name + " selects the pods")
				.containsAllEntriesOf(service.getSpec().getSelector());
			List<String> portNames = Deployments.container(deployment).getPorts().stream().map(ContainerPort::getName)
				.toList();
			assertThat(service.getSpec().getPorts()).allSatisfy(port -> assertThat(portNames)
				.as("Service " + name + " targets a port the container has").contains(port.getTargetPort().getStrVal()));
		}
	}

	@Test
	void eachContainerListensOnAllAddressesOnThePortItDeclares() {
		for (String name : Project.SERVICES) {
			Deployment deployment = manifests.get(Deployment.class, name);
			Map<String, String> environment = Deployments.environment(deployment, manifests);
			ServiceConfig config = ServiceConfig.of(name);
			assertThat(config.get("server.address", environment)).as(name).isEqualTo("0.0.0.0");
			assertThat(httpPort(Deployments.container(deployment)).getContainerPort()).as(name + "'s port")
				.isEqualTo(Integer.valueOf(config.get("server.port", environment)));
		}
	}

	@Test
	void probesAskForLivenessAndReadinessUnderTheServicesContextPath() {
		for (String name : Project.SERVICES) {
			ServiceConfig config = ServiceConfig.of(name);
			Map<String, String> environment = Deployments.environment(manifests.get(Deployment.class, name), manifests);
			assertThat(config.get("management.endpoint.health.probes.enabled", environment)).isEqualTo("true");
			assertThat(config.get("management.endpoints.web.exposure.include", environment)).contains("health");
			String health = config.get("server.servlet.context-path", environment) + "/actuator/health/";
			Container container = Deployments.container(manifests.get(Deployment.class, name));
			assertProbe(container.getStartupProbe(), health + "liveness");
			assertProbe(container.getLivenessProbe(), health + "liveness");
			assertProbe(container.getReadinessProbe(), health + "readiness");
		}
	}

	@Test
	void everyEnvironmentVariableADeploymentSetsIsOneItsServiceReads() {
		for (String name : Project.SERVICES) {
			Deployment deployment = manifests.get(Deployment.class, name);
			ServiceConfig config = ServiceConfig.of(name);
			assertThat(Deployments.environment(deployment, manifests).keySet())
				.allSatisfy(variable -> assertThat(EnvironmentVariables.unread(config, variable)).isNull());
			EnvVar instance = Deployments.container(deployment).getEnv().stream()
				.filter(v -> v.getName().equals("ORDERFLOW_INSTANCE")).findFirst().orElseThrow();
			assertThat(instance.getValueFrom().getFieldRef().getFieldPath()).as("instance named after the pod")
				.isEqualTo("metadata.name");
			assertThat(deployment.getSpec().getTemplate().getSpec().getEnableServiceLinks())
				.as("no variables for other Services injected into " + name).isFalse();
		}
	}

	@Test
	void eachServiceRunsItsOwnImageTaggedWithTheProjectVersion() {
		for (String name : Project.SERVICES) {
			assertThat(Deployments.container(manifests.get(Deployment.class, name)).getImage())
				.isEqualTo(Images.of(name));
		}
	}

	@Test
	void theIngressServesEachServiceUnderItsContextPath() {
		List<HTTPIngressPath> paths = manifests.of(Ingress.class).stream()
			.flatMap(i -> i.getSpec().getRules().stream())
			.flatMap(r -> r.getHttp().getPaths().stream())
			.toList();
		for (String name : Project.SERVICES) {
			String contextPath = ServiceConfig.of(name).get("server.servlet.context-path", Map.of());
			assertThat(paths).as("a path for " + contextPath)
				.anySatisfy(path -> {
					assertThat(path.getPath()).isEqualTo(contextPath);
					assertThat(path.getBackend().getService().getName()).isEqualTo(name);
					assertThat(manifests.get(Service.class, name).getSpec().getPorts())
						.anySatisfy(p -> assertThat(p.getName()).isEqualTo(path.getBackend().getService().getPort().getName()));
				});
		}
	}

	private static ContainerPort httpPort(Container container) {
		return container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
			.orElseThrow(() -> new AssertionError(container.getName() + " has no port named http"));
	}

	private static void assertProbe(Probe probe, String path) {
		assertThat(probe).as("probe for " + path).isNotNull();
		assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
		assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
	}

}
