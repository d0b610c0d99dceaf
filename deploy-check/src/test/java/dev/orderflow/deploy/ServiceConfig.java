package dev.orderflow.deploy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service's {@code application.yml} as Spring Boot sees it: flat property names, {@code ${...}} placeholders
 * resolved against the environment a deployment gives the service, or else their defaults.
 */
final class ServiceConfig {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

	private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final String service;

	private final Map<String, String> properties = new LinkedHashMap<>();

	private ServiceConfig(String service, JsonNode yaml) {
		this.service = service;
		flatten("", yaml);
	}

	static ServiceConfig of(String service) {
		Path file = Project.ROOT.resolve(service).resolve("src/main/resources/application.yml");
		return new ServiceConfig(service, StrictYaml.documents(Project.read(file)).get(0));
	}

	String service() {
		return service;
	}

	/** The variables named in placeholders, e.g. {@code KAFKA_BOOTSTRAP_SERVERS}. */
	Set<String> environmentVariables() {
		Set<String> names = new TreeSet<>();
		for (String value : properties.values()) {
			Matcher placeholder = PLACEHOLDER.matcher(value);
			while (placeholder.find()) {
				if (ENVIRONMENT_NAME.matcher(placeholder.group(1)).matches()) {
					names.add(placeholder.group(1));
				}
			}
		}
		return names;
	}

	boolean has(String property) {
		return properties.containsKey(property);
	}

	/** The property's value in a deployment that sets {@code environment}. */
	String get(String property, Map<String, String> environment) {
		String value = properties.get(property);
		if (value == null) {
			throw new AssertionError(service + "'s application.yml has no " + property);
		}
		return resolve(value, environment);
	}

	/** Resolves placeholders in an expression from the code, e.g. a listener's group id. */
	String resolve(String expression, Map<String, String> environment) {
		Matcher placeholder = PLACEHOLDER.matcher(expression);
		StringBuilder resolved = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			String value;
			if (environment.containsKey(name)) {
				value = environment.get(name);
			}
			else if (properties.containsKey(name)) {
				value = get(name, environment);
			}
			else if (placeholder.group(2) != null) {
				value = resolve(placeholder.group(2), environment);
			}
			else {
				throw new AssertionError(service + ": nothing sets " + name + " in " + expression);
			}
			placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(resolved);
		return resolved.toString();
	}

	private void flatten(String prefix, JsonNode node) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue());
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + "[" + i + "]", node.get(i));
			}
		}
		else {
			properties.put(prefix, node.asText());
		}
	}

}
