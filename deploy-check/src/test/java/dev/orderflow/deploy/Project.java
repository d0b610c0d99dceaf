package dev.orderflow.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the repository is (Maven passes it), and the services it deploys. */
final class Project {

	static final List<String> SERVICES = List.of("order", "shipping", "invoicing", "bonus");

	/** The services that consume the order topic with kafka-consumer-support, each in its own group. */
	static final List<String> CONSUMERS = List.of("shipping", "invoicing", "bonus");

	static final Path ROOT = Path.of(System.getProperty("orderflow.root", "..")).toAbsolutePath().normalize();

	static final Path DEPLOY = ROOT.resolve("deploy");

	static final Path KUBERNETES = DEPLOY.resolve("kubernetes");

	/** The version the images are tagged with. */
	static final String VERSION = System.getProperty("orderflow.version", "0.1.0-SNAPSHOT");

	private Project() {
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> kubernetesFiles() {
		try (var files = Files.list(KUBERNETES)) {
			return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
