package dev.orderflow.infrastructure;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one server as its own process until it is told to stop.
 *
 * <pre>
 * InfrastructureMain kafka --port 19092 --controller-port 19093 --dir data/kafka
 * InfrastructureMain kafka --port 19094 --controller-port 19095 --dir data/kafka-2 --node-id 2
 *     --voters 1@127.0.0.1:19093,2@127.0.0.1:19095,3@127.0.0.1:19097 --cluster-id MkU3OEVBNTcwNTJENDM2Qk
 * InfrastructureMain kafka --port 19092 --controller-port 19093 --dir data/kafka
 *     --tls-dir data/kafka-tls --users order,shipping,invoicing,bonus
 * InfrastructureMain postgres --port 15432 --dir data/postgres [--service-roles ordering,shipping,invoicing]
 * </pre>
 *
 * Prints exactly one line {@code READY <address>} on stdout once the server is usable (the bootstrap
 * servers for Kafka, the JDBC URL for PostgreSQL), stops the server cleanly on SIGTERM or SIGINT,
 * and exits with 1 if the server cannot start or 2 on bad arguments, with the reason on stderr.
 * Ports default to 0 (free port); {@code --dir} is required. Without {@code --voters} the broker is a cluster of
 * its own; with them it is node {@code --node-id} of that cluster ({@link KafkaNode}). {@code --service-roles} names
 * the login roles to create, one per schema; each one's password is read from the environment variable
 * {@code ORDERFLOW_DB_PASSWORD_<ROLE>} (never from the command line, which other users can see). With
 * {@code --tls-dir} the broker runs secured ({@link KafkaSecurity}), with the TLS files of that directory (made if
 * missing, {@link KafkaCertificates}) and the SCRAM users {@code admin} and those of {@code --users}, each one's
 * password from {@code ORDERFLOW_KAFKA_PASSWORD_<USER>}.
 */
public final class InfrastructureMain {

    private static final String USAGE = "usage: InfrastructureMain kafka --port P --controller-port C --dir D"
            + " [--node-id N --voters ID@HOST:PORT,... --cluster-id ID] [--tls-dir T --users USER,...]\n"
            + "       InfrastructureMain postgres --port P --dir D [--service-roles ROLE,...]";

    /**
     * A system property: stop as soon as the server is ready. The build's class data sharing training run
     * (launcher/pom.xml) starts a broker this way, to record the classes a start loads.
     */
    public static final String STOP_WHEN_READY = "orderflow.infrastructure.stop-when-ready";

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
                    Map<String, String> options = options(args,
                            Set.of("--port", "--controller-port", "--dir", "--node-id", "--voters", "--cluster-id",
                                    "--tls-dir", "--users"));
                    KafkaNode node = KafkaNode.of(port(options, "--node-id", "1"), options.get("--voters"),
                            options.get("--cluster-id"));
                    KafkaBroker broker = KafkaBroker.start(dir(options), port(options, "--port"),
                            port(options, "--controller-port"), node, Map.of(), security(options));
                    server = broker;
                    address = broker.bootstrapServers();
                }
                case "postgres" -> {
                    Map<String, String> options = options(args, Set.of("--port", "--dir", "--service-roles"));
                    PostgresServer postgres = PostgresServer.start(dir(options), port(options, "--port"));
                    try {
                        postgres.createServiceRoles(rolePasswords(options.get("--service-roles")));
                    } catch (RuntimeException e) {
                        postgres.close();
                        throw e;
                    }
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
        if (Boolean.getBoolean(STOP_WHEN_READY)) {
            System.exit(0); // through the shutdown hook, which stops the server
        }
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

    private static KafkaSecurity security(Map<String, String> options) {
        String tlsDir = options.get("--tls-dir");
        if (tlsDir == null || tlsDir.isBlank()) {
            if (options.containsKey("--users")) {
                throw new IllegalArgumentException("--users needs --tls-dir");
            }
            return null;
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(KafkaSecurity.ADMIN, passwordOf(KafkaSecurity.variable(KafkaSecurity.ADMIN), "--tls-dir"));
        String users = options.getOrDefault("--users", "");
        for (String user : users.isBlank() ? new String[0] : users.split(",")) {
            passwords.put(user, passwordOf(KafkaSecurity.variable(user), "--users names " + user + ","));
        }
        return new KafkaSecurity(KafkaCertificates.ensure(Path.of(tlsDir)), passwords);
    }

    private static String passwordOf(String variable, String needed) {
        String password = System.getenv(variable);
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException(needed + " but " + variable + " is not set");
        }
        return password.strip();
    }

    private static Map<String, String> rolePasswords(String roles) {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (roles == null || roles.isBlank()) {
            return passwords;
        }
        for (String role : roles.split(",")) {
            String variable = "ORDERFLOW_DB_PASSWORD_" + role.toUpperCase(Locale.ROOT);
            String password = System.getenv(variable);
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("--service-roles names " + role + ", but " + variable + " is not set");
            }
            passwords.put(role, password);
        }
        return passwords;
    }

    private static Path dir(Map<String, String> options) {
        String dir = options.get("--dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalArgumentException("missing --dir");
        }
        return Path.of(dir);
    }

    private static int port(Map<String, String> options, String name) {
        return port(options, name, "0");
    }

    private static int port(Map<String, String> options, String name, String fallback) {
        String value = options.getOrDefault(name, fallback);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value);
        }
    }
}
