package dev.orderflow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in deploy/ is one these checks read; the image recipe and the database script are sound. */
class DeployDirectoryTest {

	/** Checked by the test named beside each; kubernetes/*.yaml by every test that loads {@link Manifests}. */
	private static final Set<String> CHECKED = Set.of(
			"compose.yaml", // ComposeSchemaTest, ComposeFileTest
			".env.example", // ComposeFileTest
			"Dockerfile", // here, ResourceSizingTest
			"Dockerfile.dockerignore", // ComposeFileTest
			"grafana/orderflow-dashboard.json", // GrafanaDashboardTest
			"grafana/dashboards.yaml", // GrafanaDashboardTest
			"nginx/entry-point.conf", // ComposeFileTest
			"postgres/init-schemas.sh"); // here, ComposeFileTest

	/** Git ignores it: the passwords a person chose for compose. */
	private static final String LOCAL_ENV = ".env";

	@Test
	void everyFileInDeployIsOneTheChecksRead() throws IOException {
		try (var files = Files.walk(Project.DEPLOY)) {
			List<String> unchecked = files.filter(Files::isRegularFile)
				.map(f -> Project.DEPLOY.relativize(f).toString())
				.filter(f -> !CHECKED.contains(f) && !f.equals(LOCAL_ENV))
				.filter(f -> !(f.startsWith("kubernetes/") && f.endsWith(".yaml") && !f.substring(11).contains("/")))
				.toList();
			assertThat(unchecked).as("files in deploy/ that no check reads").isEmpty();
		}
		assertThat(Project.kubernetesFiles()).isNotEmpty();
	}

	@Test
	void theImageRunsTheJarItIsGivenAsTheNonRootUserTheDeploymentsExpect() {
		List<String> dockerfile = Project.read(Project.DEPLOY.resolve("Dockerfile")).lines()
			.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		assertThat(dockerfile.get(0)).startsWith("FROM eclipse-temurin:17-");
		assertThat(dockerfile).contains("ARG JAR", "COPY ${JAR} /app/service.jar",
				"ENTRYPOINT [\"java\", \"-jar\", \"/app/service.jar\"]");
		String user = dockerfile.stream().filter(l -> l.startsWith("USER ")).findFirst().orElseThrow().substring(5);
		for (Deployment deployment : Manifests.load().of(Deployment.class)) {
			assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
				.as(deployment.getMetadata().getName()).isEqualTo(Long.valueOf(user));
		}
	}

	@Test
	void everyVariableTheImageSetsIsReadByEveryService() {
		String dockerfile = Project.read(Project.DEPLOY.resolve("Dockerfile"));
		Matcher env = Pattern.compile("^ENV ((?:.*\\\\\n)*.*)", Pattern.MULTILINE).matcher(dockerfile);
		assertThat(env.find()).isTrue();
		Matcher variable = Pattern.compile("([A-Z][A-Z0-9_]*)=").matcher(env.group(1));
		List<String> variables = variable.results().map(m -> m.group(1)).toList();
		assertThat(variables).contains("JAVA_TOOL_OPTIONS", "SERVER_ADDRESS");
		for (String service : Project.SERVICES) {
			ServiceConfig config = ServiceConfig.of(service);
			assertThat(variables).allSatisfy(name -> assertThat(EnvironmentVariables.unread(config, name)).isNull());
		}
	}

	@Test
	void theDatabaseScriptIsValidBash() throws Exception {
		Path script = Project.DEPLOY.resolve("postgres/init-schemas.sh");
		Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
		assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(bash.exitValue()).as(new String(bash.getInputStream().readAllBytes())).isZero();
		assertThat(Files.isExecutable(script)).as("the postgres image runs it").isTrue();
	}

}
