package dev.orderflow.deploy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/compose.yaml against the services' code and the other files it uses. */
class ComposeFileTest {

	@Test
	void eachServiceIsBuiltFromItsOwnJarWithTheOneDockerfile() {
		String dockerignore = Project.read(Project.DEPLOY.resolve("Dockerfile.dockerignore"));
		for (String name : Project.SERVICES) {
			JsonNode build = Compose.service(name).path("build");
			String jar = name + "/target/" + finalName(name) + ".jar";
			assertThat(build.path("context").asText()).isEqualTo("..");
			assertThat(build.path("dockerfile").asText()).isEqualTo("deploy/Dockerfile");
			assertThat(build.path("args").path("JAR").asText()).isEqualTo(jar);
			assertThat(dockerignore.lines()).as("the jar is in the build context").contains("!" + jar);
			assertThat(Compose.service(name).path("image").asText()).isEqualTo(Images.of(name));
		}
	}

	@Test
	void everyEnvironmentVariableIsOneTheServiceReadsAndItsHealthCheckAsksItsReadiness() {
		for (String name : Project.SERVICES) {
			ServiceConfig config = ServiceConfig.of(name);
			Map<String, String> environment = Compose.environment(name);
			assertThat(environment.keySet())
				.allSatisfy(variable -> assertThat(EnvironmentVariables.unread(config, variable)).isNull());
			String port = config.get("server.port", environment);
			String readiness = config.get("server.servlet.context-path", environment) + "/actuator/health/readiness";
			assertThat(Compose.healthcheck(name)).contains("/dev/tcp/127.0.0.1/" + port + " ")
				.contains("GET " + readiness + " ");
		}
	}

	@Test
	void theServicesReachKafkaAndPostgresByTheirComposeNamesOnceTheseAreHealthy() {
		String advertised = Compose.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS");
		String database = Compose.environment("postgres").get("POSTGRES_DB");
		for (String name : Project.SERVICES) {
			Map<String, String> environment = Compose.environment(name);
			assertThat(advertised).contains("://" + environment.get("KAFKA_BOOTSTRAP_SERVERS"));
			assertThat(environment.get("DATABASE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
			for (String dependency : List.of("kafka", "postgres")) {
				assertThat(Compose.service(name).path("depends_on").path(dependency).path("condition").asText())
					.isEqualTo("service_healthy");
				assertThat(Compose.healthcheck(dependency)).isNotBlank();
			}
		}
	}

	@Test
	void eachServiceLogsInAsARoleThatOwnsItsSchemaAndNothingElse() {
		String init = Project.read(Project.DEPLOY.resolve("postgres/init-schemas.sh"));
		Map<String, String> postgres = Compose.environment("postgres");
		for (String name : Project.SERVICES) {
			Map<String, String> environment = Compose.environment(name);
			String role = environment.get("DATABASE_USERNAME");
			String schema = ServiceConfig.of(name).get("orderflow.db.schema", environment);
			assertThat(init).contains("create role " + role + " login password :'" + role + "_password';")
				.contains("create schema " + schema + " authorization " + role + ";");
			String password = variable(environment.get("DATABASE_PASSWORD"));
			assertThat(postgres.get(password)).as("postgres gets " + password).isEqualTo("${" + password + ":?set it in deploy/.env}");
			assertThat(init).contains("-v " + role + "_password=\"$" + password + "\"");
		}
		assertThat(init).doesNotContainIgnoringCase("grant");
	}

	@Test
	void theOrderServicesPipelinePageShowsTheGroupOfEveryConsumerInTheFile() {
		String groups = ServiceConfig.of("order").get("orderflow.pipeline.groups", Compose.environment("order"));
		for (String consumer : Project.CONSUMERS) {
			String group = ServiceConfig.of(consumer).get("spring.kafka.consumer.group-id", Compose.environment(consumer));
			assertThat(groups.split(",")).as(consumer + "'s group").contains(group);
		}
	}

	@Test
	void theBrokerRunsTheClientsKafkaVersionWithSettingsThatExist() {
		assertThat(Compose.service("kafka").path("image").asText())
			.isEqualTo("apache/kafka:" + System.getProperty("kafka.version"));
		for (String variable : Compose.environment("kafka").keySet()) {
			assertThat(variable).startsWith("KAFKA_");
			// The image's rule: KAFKA_ dropped, "___" is "-", "__" is "_", "_" is ".".
			String setting = variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT)
				.replace("___", "-").replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
			assertThat(AbstractKafkaConfig.CONFIG_DEF.names()).as(variable).contains(setting);
		}
	}

	@Test
	void everyVariableTheFileNeedsIsListedInTheEnvExample() {
		String example = Project.read(Project.DEPLOY.resolve(".env.example"));
		Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(Compose.TEXT);
		while (variable.find()) {
			assertThat(example.lines()).as("deploy/.env.example").contains(variable.group(1) + "=");
		}
		assertThat(example.lines().filter(l -> l.matches("[A-Z0-9_]+=.+"))).as("no value is committed").isEmpty();
	}

	@Test
	void theEntryPointProxiesEachContextPathToItsService() {
		String nginx = Project.read(Project.DEPLOY.resolve("nginx/entry-point.conf"));
		for (String name : Project.SERVICES) {
			ServiceConfig config = ServiceConfig.of(name);
			Map<String, String> environment = Compose.environment(name);
			String upstream = name + ":" + config.get("server.port", environment);
			Matcher location = Pattern.compile("\\n    location " + Pattern.quote(config.get("server.servlet.context-path",
					environment)) + "/ \\{\\n([^}]*)}").matcher(nginx);
			assertThat(location.find()).as("nginx has a location for " + name).isTrue();
			// Directly, or through a variable for an optional service, which nginx then resolves per request.
			assertThat(location.group(1)).as(name + "'s location")
				.matches("        proxy_pass http://" + Pattern.quote(upstream) + ";\\n    |"
						+ "        resolver [^;]+;\\n        set \\$" + name + " " + Pattern.quote(upstream) + ";\\n"
						+ "        proxy_pass http://\\$" + name + ";\\n    ");
		}
		assertThat(Compose.service("entry-point").path("volumes").get(0).asText())
			.startsWith("./nginx/entry-point.conf:");
	}

	private static String variable(String interpolation) {
		Matcher matcher = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(interpolation);
		assertThat(matcher.find()).as(interpolation + " comes from the environment").isTrue();
		return matcher.group(1);
	}

	private static String finalName(String module) {
		Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>")
			.matcher(Project.read(Project.ROOT.resolve(module).resolve("pom.xml")));
		assertThat(finalName.find()).as(module + "/pom.xml names its jar").isTrue();
		return finalName.group(1);
	}

}
