package dev.orderflow.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Whether a service reads an environment variable: one its {@code application.yml} names in a placeholder, one the
 * JVM reads, or one that Spring Boot's relaxed binding maps onto a property that exists (per the configuration
 * metadata of the Spring Boot jars on this classpath, e.g. {@code SPRING_KAFKA_SECURITY_PROTOCOL}); a variable for
 * {@code spring.kafka.properties.*} must moreover name a real Kafka client setting.
 */
final class EnvironmentVariables {

	private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

	private static final String KAFKA_CLIENT_PROPERTIES = "spring.kafka.properties";

	private static final Map<String, Boolean> SPRING_PROPERTIES = springProperties();

	private static final Set<String> KAFKA_CLIENT_SETTINGS = kafkaClientSettings();

	private EnvironmentVariables() {
	}

	/** Why the service would not read it, or null if it does. */
	static String unread(ServiceConfig service, String variable) {
		if (service.environmentVariables().contains(variable) || JVM.contains(variable)) {
			return null;
		}
		if (!variable.startsWith("SPRING_")) {
			return variable + " is not read by " + service.service() + " (its application.yml reads "
					+ service.environmentVariables() + ")";
		}
		String candidate = variable.toLowerCase(Locale.ROOT).replace('_', '.');
		for (Map.Entry<String, Boolean> property : SPRING_PROPERTIES.entrySet()) {
			String name = property.getKey().replace("-", "");
			if (candidate.equals(name)) {
				return null;
			}
			if (property.getValue() && candidate.startsWith(name + ".")) {
				String key = candidate.substring(name.length() + 1);
				if (property.getKey().equals(KAFKA_CLIENT_PROPERTIES) && !KAFKA_CLIENT_SETTINGS.contains(key)) {
					return variable + " sets Kafka client setting " + key + ", which no Kafka client has";
				}
				return null;
			}
		}
		return variable + " binds to no Spring Boot property (" + candidate + ")";
	}

	/** Property name to whether it is a map (whose keys follow its name). */
	private static Map<String, Boolean> springProperties() {
		Map<String, Boolean> properties = new HashMap<>();
		try {
			for (URL metadata : Collections.list(EnvironmentVariables.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = metadata.openStream()) {
					for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
						properties.put(property.path("name").asText(),
								property.path("type").asText().startsWith("java.util.Map"));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static Set<String> kafkaClientSettings() {
		Set<String> settings = new HashSet<>(AdminClientConfig.configNames());
		settings.addAll(ProducerConfig.configNames());
		settings.addAll(ConsumerConfig.configNames());
		return settings;
	}

}
