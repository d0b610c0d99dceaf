package dev.orderflow.deploy;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** deploy/compose.yaml, read for the cross-checks (the schema check reads it on its own). */
final class Compose {

	static final String TEXT = Project.read(Project.DEPLOY.resolve("compose.yaml"));

	static final JsonNode FILE = StrictYaml.documents(TEXT).get(0);

	private Compose() {
	}

	static JsonNode service(String name) {
		JsonNode service = FILE.path("services").path(name);
		if (service.isMissingNode()) {
			throw new AssertionError("deploy/compose.yaml has no service " + name);
		}
		return service;
	}

	/** A service's environment as the container sees it, interpolation left as written. */
	static Map<String, String> environment(String name) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = service(name).path("environment").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> variable = it.next();
			environment.put(variable.getKey(), variable.getValue().asText());
		}
		return environment;
	}

	/** The healthcheck's command as one line. */
	static String healthcheck(String name) {
		StringBuilder command = new StringBuilder();
		service(name).path("healthcheck").path("test").forEach(part -> command.append(part.asText()).append(' '));
		return command.toString().trim();
	}

}
