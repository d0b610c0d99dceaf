package dev.orderflow.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/grafana: the dashboard has the shape Grafana's file provisioning loads, every query selects one service by
 * its {@code application} tag, and every orderflow metric it queries is one the code registers. That the services
 * expose every metric it queries is checked against their live scrape by the order and shipping observability
 * integration tests ({@code GrafanaDashboard} in test-support).
 */
class GrafanaDashboardTest {

	static final Path DASHBOARD = Project.DEPLOY.resolve("grafana/orderflow-dashboard.json");

	private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\}");

	private static final Pattern APPLICATION = Pattern.compile("application=~?\"([^\"]*)\"");

	private static final Pattern METER = Pattern.compile("\\.builder\\(\"(orderflow\\.[a-z.]+)\"");

	/** How Micrometer's Prometheus registry names a counter, timer or gauge in seconds after its meter name. */
	private static final List<String> SUFFIXES = List.of("", "_total", "_seconds", "_seconds_count", "_seconds_sum",
			"_seconds_max", "_seconds_bucket");

	static List<Error> validate(String dashboardJson) throws IOException {
		try (InputStream schemaJson = resource("/grafana/dashboard.schema.json")) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
				.getSchema(new ObjectMapper().readTree(schemaJson).toString());
			return schema.validate(new ObjectMapper().readTree(dashboardJson));
		}
	}

	private static InputStream resource(String name) {
		return GrafanaDashboardTest.class.getResourceAsStream(name);
	}

	@Test
	void theDashboardHasTheShapeGrafanaProvisioningLoads() throws IOException {
		assertThat(validate(Project.read(DASHBOARD))).isEmpty();
		assertThat(new ObjectMapper().readTree(Project.read(DASHBOARD)).has("id"))
			.as("a provisioned dashboard is found by uid; an id would clash between Grafana instances").isFalse();
	}

	@Test
	void aMisspeltKeyOrAPanelWithoutQueriesIsRefused() throws IOException {
		String dashboard = Project.read(DASHBOARD);
		assertThat(validate(dashboard.replaceFirst("\"legendFormat\"", "\"legendFromat\""))).isNotEmpty();
		assertThat(validate(dashboard.replaceFirst("\"targets\": \\[", "\"targetz\": ["))).isNotEmpty();
	}

	@Test
	void everyQuerySelectsServicesByTheirApplicationTag() {
		List<String> selectors = selectors().toList();
		assertThat(selectors).isNotEmpty().allSatisfy(selector -> assertThat(selector)
			.matches(".*\\{application=~?\"(order|shipping|invoicing|bonus)(\\|(order|shipping|invoicing|bonus))*\"\\}"));
		for (String service : Project.SERVICES) {
			assertThat(ServiceConfig.of(service).has("management.metrics.tags.application")).as(service).isTrue();
		}
	}

	/** kafka-consumer-support gives every consumer the same meters, so each consumer panel shows every consumer. */
	@Test
	void everyQueryOfAConsumersMetricsSelectsEveryConsumer() {
		List<String> consumerSelectors = selectors().filter(selector -> Project.CONSUMERS.stream()
			.anyMatch(consumer -> applications(selector).contains(consumer))).toList();
		assertThat(consumerSelectors).isNotEmpty().allSatisfy(selector -> assertThat(applications(selector))
			.as(selector).containsExactlyInAnyOrderElementsOf(Project.CONSUMERS));
	}

	private static List<String> applications(String selector) {
		Matcher application = APPLICATION.matcher(selector);
		return application.find() ? List.of(application.group(1).split("\\|")) : List.of();
	}

	@Test
	void everyOrderflowMetricTheDashboardQueriesIsOneTheCodeRegisters() throws IOException {
		Set<String> registered = registeredMeters();
		assertThat(registered).contains("orderflow_orders_accepted", "orderflow_kafka_dead_letters");
		Set<String> queried = new TreeSet<>(selectors().map(s -> s.substring(0, s.indexOf('{')))
			.filter(name -> name.startsWith("orderflow_")).toList());
		assertThat(queried).isNotEmpty().allSatisfy(name -> assertThat(SUFFIXES.stream()
			.anyMatch(suffix -> name.endsWith(suffix) && registered.contains(name.substring(0,
					name.length() - suffix.length())))).as(name + " among " + registered).isTrue());
	}

	@Test
	void theProvisioningFileLoadsTheDashboardFromOneFolder() throws IOException {
		JsonNode provisioning = YAMLMapper.builder().build()
			.readTree(Project.read(Project.DEPLOY.resolve("grafana/dashboards.yaml")));
		assertThat(provisioning.get("apiVersion").asInt()).isEqualTo(1);
		JsonNode provider = provisioning.get("providers").get(0);
		assertThat(provider.get("type").asString()).isEqualTo("file");
		assertThat(provider.get("options").get("path").asString()).startsWith("/");
	}

	private static Stream<String> selectors() {
		JsonNode dashboard = new ObjectMapper().readTree(Project.read(DASHBOARD));
		return dashboard.get("panels").valueStream()
			.flatMap(panel -> panel.path("targets").valueStream())
			.map(target -> target.get("expr").asString())
			.flatMap(expr -> SELECTOR.matcher(expr).results().map(MatchResult::group));
	}

	/** Meter names in the services' and the consumer support's main code, as Prometheus names without suffix. */
	private static Set<String> registeredMeters() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String module : List.of("order", "shipping", "invoicing", "kafka-consumer-support")) {
			Path sources = Project.ROOT.resolve(module).resolve("src/main/java");
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher meter = METER.matcher(Project.read(file));
					while (meter.find()) {
						names.add(meter.group(1).replace('.', '_'));
					}
				}
			}
		}
		return names;
	}

}
