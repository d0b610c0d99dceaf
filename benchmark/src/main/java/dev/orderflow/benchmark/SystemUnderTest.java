package dev.orderflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system being measured, reached through the launcher's own commands, so the benchmark sees what
 * {@code ./orderflow up} starts and nothing else.
 */
final class SystemUnderTest implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final BenchOptions options;

	private final Status status;

	/** Seconds from {@code up} until every process was ready; 0 when attached to a running system. */
	final double startupSeconds;

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Status(Long pid, int gatewayPort, String kafkaBootstrap, String jdbcUrl, String databaseUsername,
			String databasePassword, List<Process> instances, String kafkaSecurityProtocol) {

		/** Every process of the system: the instances, and the launcher, which is the entry point every order passes. */
		List<Process> processes() {
			List<Process> all = new ArrayList<>(instances);
			if (pid != null) {
				all.add(new Process("gateway", "gateway", pid, gatewayPort, "UP"));
			}
			return all;
		}

		/**
		 * Whether the benchmark's own plaintext Kafka clients can reach the topic: not on a system started with
		 * {@code up --secure} (a state from before that option has no protocol and was plaintext).
		 */
		boolean plaintextKafka() {
			return kafkaSecurityProtocol == null || kafkaSecurityProtocol.equals("PLAINTEXT");
		}

		@JsonIgnoreProperties(ignoreUnknown = true)
		record Process(String name, String group, long pid, int port, String health) {
		}

	}

	private SystemUnderTest(BenchOptions options, Status status, double startupSeconds) {
		this.options = options;
		this.status = status;
		this.startupSeconds = startupSeconds;
	}

	static SystemUnderTest start(BenchOptions options) {
		if (options.attach()) {
			return new SystemUnderTest(options, status(options), 0);
		}
		deleteRecursively(options.data());
		List<String> up = new ArrayList<>(List.of("up", "-d"));
		if (!options.transport().equals("kafka")) {
			up.addAll(List.of("--transport", options.transport()));
		}
		up.addAll(List.of("--event-format", options.eventFormat()));
		up.addAll(options.upArguments());
		long started = System.nanoTime();
		launcher(options, up);
		double seconds = (System.nanoTime() - started) / 1e9;
		return new SystemUnderTest(options, status(options), seconds);
	}

	Status status() {
		return status;
	}

	String gateway() {
		return "http://127.0.0.1:" + status.gatewayPort();
	}

	@Override
	public void close() {
		if (!options.attach()) {
			launcher(options, List.of("down"));
		}
	}

	private static Status status(BenchOptions options) {
		return json.readValue(launcher(options, List.of("status", "--json")), Status.class);
	}

	private static String launcher(BenchOptions options, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx128m", "-XX:+UseSerialGC", "-jar",
				options.home().resolve("launcher/target/orderflow-launcher.jar").toString(), arguments.get(0), "--data",
				options.data().toString()));
		command.addAll(arguments.subList(1, arguments.size()));
		try {
			Path output = Files.createTempFile("orderflow-bench", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
			builder.environment().put("ORDERFLOW_HOME", options.home().toString());
			builder.environment().put("NO_COLOR", "1");
			Process process = builder.start();
			boolean finished = process.waitFor(300, TimeUnit.SECONDS);
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			if (!finished || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException("orderflow " + String.join(" ", arguments) + " failed:\n" + printed);
			}
			return printed;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot clear " + dir + ": " + ex.getMessage(), ex);
		}
	}

}
