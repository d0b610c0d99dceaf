package dev.orderflow.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the repository root holding the service jars, and the data directory holding
 * the databases, the logs and the run state.
 */
public record Layout(Path home, Path dataDir) {

    public static Layout of(Path dataDir) {
        return new Layout(resolveHome(), dataDir.toAbsolutePath().normalize());
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String processName) {
        return logs().resolve(processName + ".log");
    }

    public Path stateFile() {
        return dataDir.resolve("run").resolve("orderflow.json");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** The secured Kafka's CA and broker certificate ({@code --secure}). */
    public Path kafkaTlsDir() {
        return dataDir.resolve("kafka-tls");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path serviceJar(String service) {
        return home.resolve(service).resolve("target").resolve(service + ".jar");
    }

    /** A path as the user would like to read it: relative to the working directory when inside it. */
    public static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) && !path.equals(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    /**
     * The script passes the repository root explicitly; when the jar is run directly we find the root
     * from the jar's own place in it (launcher/target/orderflow-launcher.jar, or the build's extracted copy
     * launcher/target/extracted/orderflow-launcher.jar): the nearest directory above it holding launcher/pom.xml.
     */
    private static Path resolveHome() {
        String configured = System.getProperty("orderflow.home", System.getenv("ORDERFLOW_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            for (Path root = Path.of(classPath).toAbsolutePath().normalize().getParent(); root != null;
                    root = root.getParent()) {
                if (Files.isRegularFile(root.resolve("launcher").resolve("pom.xml"))) {
                    return root;
                }
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
