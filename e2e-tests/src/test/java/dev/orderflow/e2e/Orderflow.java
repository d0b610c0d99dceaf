package dev.orderflow.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher jar the way {@code ./orderflow} does, on free ports and in a data directory of its own, so the
 * test neither clashes with a system a developer left running nor touches {@code ./data}.
 */
final class Orderflow {

	private final Path home = Path.of(System.getProperty("orderflow.home", "..")).toAbsolutePath().normalize();

	private final Path data;

	final int gatewayPort = freePort();

	private final List<String> ports = List.of("--gateway-port", String.valueOf(gatewayPort), "--kafka-port",
			String.valueOf(freePort()), "--kafka-controller-port", String.valueOf(freePort()), "--postgres-port",
			String.valueOf(freePort()), "--port", "order=" + freePort(), "--port", "shipping=" + freePort(), "--port",
			"invoicing=" + freePort());

	Orderflow(Path data) {
		this.data = data;
	}

	/**
	 * {@code up -d} with the given options, e.g. {@code --transport atom} or {@code --scale shipping=2}: returns once
	 * every process is ready.
	 */
	void up(String... options) {
		List<String> arguments = new ArrayList<>(List.of("up", "-d"));
		arguments.addAll(ports);
		arguments.addAll(List.of(options));
		run(arguments, 240);
	}

	String run(String... arguments) {
		return run(List.of(arguments), 120);
	}

	private String run(List<String> arguments, int timeoutSeconds) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar",
				home.resolve("launcher/target/orderflow-launcher.jar").toString()));
		command.add(arguments.get(0));
		command.addAll(List.of("--data", data.toString()));
		command.addAll(arguments.subList(1, arguments.size()));
		try {
			Path output = Files.createTempFile("orderflow-cli", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().put("ORDERFLOW_HOME", home.toString());
			builder.environment().put("NO_COLOR", "1");
			Process process = builder.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s:\n"
						+ Files.readString(output) + logs());
			}
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command + " exited with " + process.exitValue() + ":\n" + printed
						+ logs());
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

	/** The tail of every process log, for a failure message that explains itself. */
	String logs() {
		StringBuilder logs = new StringBuilder();
		try (var files = Files.list(data.resolve("logs"))) {
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
