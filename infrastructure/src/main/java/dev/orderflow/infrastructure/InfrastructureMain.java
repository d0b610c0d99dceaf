package dev.orderflow.infrastructure;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one server as its own process until it is told to stop.
 *
 * <pre>
 * InfrastructureMain kafka --port 19092 --controller-port 19093 --dir data/kafka
 * InfrastructureMain postgres --port 15432 --dir data/postgres
 * </pre>
 *
 * Prints exactly one line {@code READY <address>} on stdout once the server is usable (the bootstrap
 * servers for Kafka, the JDBC URL for PostgreSQL), stops the server cleanly on SIGTERM or SIGINT,
 * and exits with 1 if the server cannot start or 2 on bad arguments, with the reason on stderr.
 * Ports default to 0 (free port); {@code --dir} is required.
 */
public final class InfrastructureMain {

    private static final String USAGE = "usage: InfrastructureMain kafka --port P --controller-port C --dir D\n"
            + "       InfrastructureMain postgres --port P --dir D";

    private InfrastructureMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        AutoCloseable server;
        String address;
        try {
            if (args.length == 0) {
                throw new IllegalArgumentException("missing server kind");
            }
            String kind = args[0];
            switch (kind) {
                case "kafka" -> {
                    Map<String, String> options = options(args, Set.of("--port", "--controller-port", "--dir"));
                    KafkaBroker broker = KafkaBroker.start(dir(options), port(options, "--port"),
                            port(options, "--controller-port"));
                    server = broker;
                    address = broker.bootstrapServers();
                }
                case "postgres" -> {
                    Map<String, String> options = options(args, Set.of("--port", "--dir"));
                    PostgresServer postgres = PostgresServer.start(dir(options), port(options, "--port"));
                    server = postgres;
                    address = postgres.jdbcUrl();
                }
                default -> throw new IllegalArgumentException("unknown server kind: " + kind);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("Failed to start " + args[0] + ": " + e.getMessage());
            System.exit(1);
            return;
        }

        AutoCloseable running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("Failed to stop " + args[0] + " cleanly: " + e);
            }
        }, "infrastructure-shutdown"));
        System.out.println("READY " + address);
        System.out.flush();
        // The servers run on their own threads or processes; this thread only keeps the JVM alive.
        new CountDownLatch(1).await();
    }

    private static Map<String, String> options(String[] args, Set<String> allowed) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            String name = args[i];
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown option for " + args[0] + ": " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            options.put(name, args[i + 1]);
        }
        return options;
    }

    private static Path dir(Map<String, String> options) {
        String dir = options.get("--dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalArgumentException("missing --dir");
        }
        return Path.of(dir);
    }

    private static int port(Map<String, String> options, String name) {
        String value = options.getOrDefault(name, "0");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a port number: " + value);
        }
    }
}
