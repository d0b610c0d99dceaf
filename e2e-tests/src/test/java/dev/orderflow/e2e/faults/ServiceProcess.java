package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.orderflow.e2e.Orderflow;
import tools.jackson.databind.JsonNode;

/**
 * A running service instance seen from outside: its CPU time, its loaded classes, its counters, its pages (with the
 * admin's password, for the dead letters).
 */
record ServiceProcess(String service, long pid, int port, String adminPassword) {

	/** Counters of kafka-consumer-support's RecordFailures, as Prometheus names them. */
	static final String DEAD_LETTERS = "orderflow_kafka_dead_letters_total";

	static final String FAILED_ATTEMPTS = "orderflow_kafka_failed_attempts_total";

	private static final HttpClient http = HttpClient.newHttpClient();

	/** The running instance, e.g. {@code shipping-1}, as {@code orderflow status} lists it. */
	static ServiceProcess of(Orderflow orderflow, String instance) {
		for (JsonNode node : orderflow.status().get("instances")) {
			if (node.get("name").asString().equals(instance) && node.get("pid").asLong() > 0) {
				return new ServiceProcess(node.get("group").asString(), node.get("pid").asLong(),
						node.get("port").asInt(), orderflow.adminPassword());
			}
		}
		throw new IllegalStateException(instance + " is not running");
	}

	/** CPU time the process used so far, user and system, all threads. */
	Duration cpuTime() {
		return ProcessHandle.of(pid).orElseThrow().info().totalCpuDuration().orElseThrow();
	}

	/** Whether the JVM has loaded the class, asked with {@code jcmd <pid> VM.class_hierarchy}. */
	boolean hasLoaded(String className) {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		try {
			Process process = new ProcessBuilder(List.of(jcmd, String.valueOf(pid), "VM.class_hierarchy", className))
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("jcmd failed: " + output);
			}
			return output.lines().anyMatch(line -> line.contains("--" + className + "/"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The body of a GET answered 200, e.g. {@code get("/api/dead-letters")}. */
	String get(String path) {
		HttpResponse<String> response = send(path, Duration.ofSeconds(30));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode());
		}
		return response.body();
	}

	/** The HTTP status of the instance's {@code liveness} or {@code readiness} probe. */
	int health(String probe) {
		return send("/actuator/health/" + probe, Duration.ofSeconds(30)).statusCode();
	}

	/** A counter from the instance's Prometheus endpoint, 0 while it was never incremented. */
	double counter(String name) {
		return send("/actuator/prometheus", Duration.ofSeconds(30)).body()
			.lines()
			.filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private HttpResponse<String> send(String path, Duration timeout) {
		URI uri = URI.create("http://127.0.0.1:" + port + "/" + service + path);
		try {
			String credentials = Base64.getEncoder()
				.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
			return http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + uri + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
