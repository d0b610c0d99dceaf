package dev.orderflow.launcher.system;

import dev.orderflow.infrastructure.KafkaCertificates;
import dev.orderflow.infrastructure.KafkaSecurity;
import dev.orderflow.launcher.DatabaseRoles;
import dev.orderflow.launcher.KafkaUsers;
import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.cli.Options;
import dev.orderflow.launcher.control.RunState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How to run the system, from the command line and the environment.
 *
 * @param externalKafka bootstrap servers of a Kafka we do not start, or {@code null}
 * @param transport {@code kafka}, or {@code atom}: the consumers poll the order service's feed and no Kafka is used
 * @param eventFormat {@code json} or {@code avro}, passed to the services; {@code null} leaves their default
 * @param eventSchemaVersion the Avro writer schema version, passed to the services; {@code null} leaves their default
 * @param externalDatabase a database we do not start, or {@code null}
 * @param brokers Kafka brokers to start, each a process of its own: 1, or 3 for a cluster
 * @param databasePasswords the services' database roles to their passwords ({@link DatabaseRoles}); empty with an
 *        external database, whose roles are the administrator's business
 * @param kafkaPasswords with {@code --secure}, the Kafka users (admin and each service) to their passwords
 *        ({@link KafkaUsers}); empty otherwise, and with an external Kafka, whose users are its administrator's
 */
public record Settings(
        Layout layout,
        int gatewayPort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        Map<String, Integer> servicePorts,
        Map<String, Integer> scale,
        String externalKafka,
        String transport,
        String eventFormat,
        Integer eventSchemaVersion,
        ExternalDatabase externalDatabase,
        List<String> serviceJavaOptions,
        Duration readyTimeout,
        int brokers,
        Map<String, String> databasePasswords,
        Map<String, String> kafkaPasswords) {

    // C1 only: on two cores the C2 compiler's work during the first minutes costs more CPU than its faster code
    // saves (docs/performance.md), and start-up is quicker.
    static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS =
            List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** A database given by {@code DATABASE_URL}, {@code DATABASE_USERNAME} and {@code DATABASE_PASSWORD}. */
    public record ExternalDatabase(String url, String username, String password) {
    }

    public static Settings from(Options options, Map<String, String> environment) {
        String kafka = blankToNull(environment.get("KAFKA_BOOTSTRAP_SERVERS"));
        String databaseUrl = blankToNull(environment.get("DATABASE_URL"));
        ExternalDatabase database = databaseUrl == null ? null : new ExternalDatabase(databaseUrl,
                environment.get("DATABASE_USERNAME"), environment.get("DATABASE_PASSWORD"));
        String javaOptions = blankToNull(environment.get("ORDERFLOW_JAVA_OPTS"));
        return new Settings(Layout.of(options.dataDir()), options.gatewayPort(), options.kafkaPort(),
                options.kafkaControllerPort(), options.postgresPort(), options.servicePorts(), options.scale(),
                kafka, options.transport(), options.eventFormat(), options.eventSchemaVersion(), database,
                javaOptions == null ? DEFAULT_SERVICE_JAVA_OPTIONS : Arrays.asList(javaOptions.trim().split("\\s+")),
                options.timeout(), options.brokers(), database != null ? Map.of()
                        : DatabaseRoles.passwords(Layout.of(options.dataDir()).dataDir(), environment),
                options.secure() && kafka == null && "kafka".equals(options.transport())
                        ? KafkaUsers.passwords(Layout.of(options.dataDir()).dataDir(), environment) : Map.of());
    }

    /** Whether the launcher's brokers run secured ({@code --secure}). */
    boolean secureKafka() {
        return !kafkaPasswords.isEmpty();
    }

    /** The CA certificate every client of the secured brokers trusts: the services, and the launcher's commands. */
    Path kafkaTruststore() {
        return layout.kafkaTlsDir().resolve(KafkaCertificates.CA_CERTIFICATE);
    }

    /** How clients connect to the launcher's brokers, as the state file records it for the launcher's commands. */
    String kafkaSecurityProtocol() {
        return !usesKafka() ? null : secureKafka() ? KafkaSecurity.PROTOCOL : RunState.PLAINTEXT;
    }

    /** Whether the services use Kafka at all; with transport atom none is started or passed on. */
    boolean usesKafka() {
        return "kafka".equals(transport);
    }

    /** Whether several brokers form a cluster; they are then named kafka-1, kafka-2, ... instead of kafka. */
    boolean kafkaCluster() {
        return brokers > 1;
    }

    /** Broker {@code number} (1 for the only one) listens on the Kafka port plus 2 per broker before it... */
    int brokerPort(int number) {
        return kafkaPort + 2 * (Math.max(number, 1) - 1);
    }

    /** ...and its controller on the controller port plus 2 per broker before it: 19092/19093, 19094/19095, ... */
    int controllerPort(int number) {
        return kafkaControllerPort + 2 * (Math.max(number, 1) - 1);
    }

    /** The controller quorum of a cluster, as {@code --voters} of InfrastructureMain. */
    String voters() {
        List<String> voters = new java.util.ArrayList<>();
        for (int number = 1; number <= brokers; number++) {
            voters.add(number + "@127.0.0.1:" + controllerPort(number));
        }
        return String.join(",", voters);
    }

    int scaleOf(String service) {
        return scale.getOrDefault(service, Services.defaultScale(service));
    }

    /** The fixed ports this configuration needs, each with the option that changes it. */
    List<PortCheck.Use> fixedPorts() {
        List<PortCheck.Use> uses = new java.util.ArrayList<>();
        uses.add(new PortCheck.Use(gatewayPort, "the entry point", "--gateway-port"));
        if (usesKafka() && externalKafka == null) {
            for (int number = 1; number <= brokers; number++) {
                String broker = kafkaCluster() ? "Kafka broker " + number : "Kafka";
                uses.add(new PortCheck.Use(brokerPort(number), broker, "--kafka-port"));
                uses.add(new PortCheck.Use(controllerPort(number), broker + "'s controller", "--kafka-controller-port"));
            }
        }
        if (externalDatabase == null) {
            uses.add(new PortCheck.Use(postgresPort, "PostgreSQL", "--postgres-port"));
        }
        for (String service : Services.NAMES) {
            if (scaleOf(service) > 0) {
                uses.add(new PortCheck.Use(servicePorts.get(service), service, "--port " + service + "=<port>"));
            }
        }
        return uses;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
