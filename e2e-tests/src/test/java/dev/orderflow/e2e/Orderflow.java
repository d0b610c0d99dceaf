package dev.orderflow.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Runs the launcher jar the way {@code ./orderflow} does, on free ports and in a data directory of its own, so the
 * test neither clashes with a system a developer left running nor touches {@code ./data}.
 */
public final class Orderflow {

	private final Path home = Path.of(System.getProperty("orderflow.home", "..")).toAbsolutePath().normalize();

	private final Path data;

	public final int gatewayPort = freePort();

	private final List<String> ports = List.of("--gateway-port", String.valueOf(gatewayPort), "--kafka-port",
			String.valueOf(freePort()), "--kafka-controller-port", String.valueOf(freePort()), "--postgres-port",
			String.valueOf(freePort()), "--port", "order=" + freePort(), "--port", "shipping=" + freePort(), "--port",
			"invoicing=" + freePort(), "--port", "bonus=" + freePort());

	/** Variables the launcher and so every process it starts get besides the test's own. */
	private final Map<String, String> environment;

	public Orderflow(Path data) {
		this(data, Map.of());
	}

	public Orderflow(Path data, Map<String, String> environment) {
		this.data = data;
		this.environment = environment;
	}

	/** A system with a fresh data directory of its own in the temporary directory; {@link #downAndDelete()} removes it. */
	public static Orderflow inTemporaryDirectory(String name) throws IOException {
		return inTemporaryDirectory(name, Map.of());
	}

	public static Orderflow inTemporaryDirectory(String name, Map<String, String> environment) throws IOException {
		return new Orderflow(Files.createTempDirectory("orderflow-e2e-" + name), environment);
	}

	/** {@code down}, then the data directory deleted: what a test class that started a system does last. */
	public void downAndDelete() throws IOException {
		run("down");
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	/**
	 * {@code up -d} with the given options, e.g. {@code --transport atom} or {@code --scale shipping=2}: returns once
	 * every process is ready.
	 */
	public void up(String... options) {
		List<String> arguments = new ArrayList<>(List.of("up", "-d"));
		arguments.addAll(ports);
		arguments.addAll(List.of(options));
		run(arguments, 240);
	}

	public String run(String... arguments) {
		return run(List.of(arguments), 120);
	}

	/** {@code status --json}: the processes with their PIDs and health, the Kafka bootstrap address, the JDBC URL. */
	public JsonNode status() {
		return JsonMapper.shared().readTree(run("status", "--json"));
	}

	/** The PID of a running instance, e.g. {@code shipping-1} or {@code kafka}. */
	public long pid(String instance) {
		for (JsonNode node : status().get("instances")) {
			if (node.get("name").asString().equals(instance) && node.get("pid").asLong() > 0) {
				return node.get("pid").asLong();
			}
		}
		throw new IllegalStateException(instance + " is not running:\n" + run("status"));
	}

	/** {@code kill -9}: the process gets no chance to finish anything. Returns once it is gone. */
	public void kill(String instance) {
		kill(instance, pid(instance));
	}

	/** Like {@link #kill(String)}, with the PID looked up beforehand, so that the kill comes at a chosen moment. */
	public void kill(String instance, long pid) {
		ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
		process.destroyForcibly();
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(instance + " did not die from SIGKILL", ex);
		}
	}

	/**
	 * Starts whatever a test stopped or killed and stops extra instances, then waits until every process is ready, so
	 * that the next test finds one ready instance of everything.
	 */
	public void restore() {
		List<String> extra = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (JsonNode instance : status().get("instances")) {
			String name = instance.get("name").asString();
			if (running(instance) && !first(name)) {
				extra.add(name);
			}
			if (!running(instance) && first(name)) {
				missing.add(name);
			}
		}
		if (!extra.isEmpty()) {
			run(prepend("stop", extra));
		}
		if (!missing.isEmpty()) {
			// status lists Kafka and PostgreSQL first, and start handles the names in the order given.
			run(prepend("start", missing));
		}
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
			for (JsonNode instance : status().get("instances")) {
				if (running(instance) != first(instance.get("name").asString())
						|| running(instance) && !instance.get("health").asString().equals("UP")) {
					return false;
				}
			}
			return true;
		});
	}

	private static boolean running(JsonNode instance) {
		return instance.get("pid").asLong() > 0;
	}

	/** kafka, postgres and the first instance of each service, which {@code up} starts. */
	private static boolean first(String name) {
		return !name.matches(".*-\\d+") || name.endsWith("-1");
	}

	private static String[] prepend(String command, List<String> names) {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.addAll(names);
		return arguments.toArray(String[]::new);
	}

	/** The password of the consumers' admin area, which {@code up} made up for this data directory. */
	public String adminPassword() {
		try {
			return Files.readString(data.resolve("admin-password"), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no admin password in " + data, ex);
		}
	}

	/** The log of one process, as {@code ./orderflow logs} shows it. */
	/** The class data sharing archive the build recorded for a service's extracted jar (root pom.xml). */
	public Path classArchive(String service) {
		return home.resolve(service).resolve("target/extracted").resolve(service + ".jsa");
	}

	public Path logDirectory() {
		return data.resolve("logs");
	}

	public Path logFile(String process) {
		return logDirectory().resolve(process + ".log");
	}

	/** What a command printed (output and errors together) and its exit code. */
	public record Outcome(int exitCode, String output) {
	}

	/** Runs a command that may fail, e.g. a replay that finds different data; waits up to the given time. */
	public Outcome attempt(int timeoutSeconds, String... arguments) {
		return execute(List.of(arguments), timeoutSeconds);
	}

	private String run(List<String> arguments, int timeoutSeconds) {
		Outcome outcome = execute(arguments, timeoutSeconds);
		if (outcome.exitCode() != 0) {
			throw new IllegalStateException("orderflow " + arguments + " exited with " + outcome.exitCode() + ":\n"
					+ outcome.output() + logs());
		}
		return outcome.output();
	}

	private Outcome execute(List<String> arguments, int timeoutSeconds) {
		// The JVM options the script ./orderflow gives the launcher: each command is a JVM of its own, and the tests
		// run many (status, stop, start), so starting quickly matters more than peak speed.
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", home.resolve("launcher/target/orderflow-launcher.jar").toString()));
		command.add(arguments.get(0));
		command.addAll(List.of("--data", data.toString()));
		command.addAll(arguments.subList(1, arguments.size()));
		try {
			Path output = Files.createTempFile("orderflow-cli", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().put("ORDERFLOW_HOME", home.toString());
			builder.environment().put("NO_COLOR", "1");
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s:\n"
						+ Files.readString(output) + logs());
			}
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			return new Outcome(process.exitValue(), printed);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The tail of every process log, for a failure message that explains itself. */
	public String logs() {
		StringBuilder logs = new StringBuilder();
		try (var files = Files.list(logDirectory())) {
			for (Path file : files.sorted().toList()) {
				List<String> lines = Files.readAllLines(file);
				logs.append("\n--- ").append(file.getFileName()).append('\n');
				lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> logs.append(l).append('\n'));
			}
		}
		catch (IOException ex) {
			logs.append("\n(no logs: ").append(ex).append(')');
		}
		return logs.toString();
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
