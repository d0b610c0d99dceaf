package dev.orderflow.launcher.system;

import dev.orderflow.launcher.AdminPassword;
import dev.orderflow.infrastructure.KafkaCertificates;
import dev.orderflow.infrastructure.KafkaSecurity;
import dev.orderflow.launcher.DatabaseRoles;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.process.ProcessSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command, environment and log file of each instance. Services learn where Kafka and the
 * database are from what those announced when they became ready (or from the external settings).
 */
final class ProcessSpecs {

    private final Settings settings;
    private final ProcessCommands commands;
    private final Instances instances;

    ProcessSpecs(Settings settings, ProcessCommands commands, Instances instances) {
        this.settings = settings;
        this.commands = commands;
        this.instances = instances;
    }

    ProcessSpec of(Instance instance) {
        var log = settings.layout().logFile(instance.name);
        return switch (instance.group) {
            case Services.KAFKA -> new ProcessSpec(instance.name, commands.infrastructure(Services.KAFKA,
                    brokerArguments(instance)), kafkaPasswords(), log);
            case Services.POSTGRES -> new ProcessSpec(instance.name, commands.infrastructure(Services.POSTGRES, List.of(
                    "--port", String.valueOf(settings.postgresPort()),
                    "--dir", settings.layout().postgresDir().toString(),
                    "--service-roles", String.join(",", settings.databasePasswords().keySet()))),
                    rolePasswords(), log);
            default -> new ProcessSpec(instance.name, commands.service(instance.group), environment(instance), log);
        };
    }

    /** A broker alone in {@code <data>/kafka}; a cluster's node N in {@code <data>/kafka-N}, with the quorum. */
    private List<String> brokerArguments(Instance instance) {
        int number = instance.number();
        List<String> arguments = new ArrayList<>(List.of(
                "--port", String.valueOf(settings.brokerPort(number)),
                "--controller-port", String.valueOf(settings.controllerPort(number))));
        // A secured broker's log holds its admin's credential from the format on, so it keeps a directory of its own.
        String secured = settings.secureKafka() ? "-secure" : "";
        if (settings.kafkaCluster()) {
            arguments.addAll(List.of("--dir",
                    settings.layout().dataDir().resolve(instance.name.replace("kafka", "kafka" + secured)).toString(),
                    "--node-id", String.valueOf(number), "--voters", settings.voters(),
                    "--cluster-id", KafkaClusterId.of(settings.layout().dataDir())));
        } else {
            arguments.addAll(List.of("--dir", settings.layout().kafkaDir() + secured));
        }
        if (settings.secureKafka()) {
            // Made here, once, rather than by each of a cluster's brokers at the same time.
            KafkaCertificates.ensure(settings.layout().kafkaTlsDir());
            arguments.addAll(List.of("--tls-dir", settings.layout().kafkaTlsDir().toString(), "--users",
                    String.join(",", Services.NAMES)));
        }
        return arguments;
    }

    String kafkaBootstrap() {
        if (settings.externalKafka() != null) {
            return settings.externalKafka();
        }
        if (settings.kafkaCluster()) {
            // All of them, so that a client starting while one broker is down still finds the cluster.
            return String.join(",", instances.group(Services.KAFKA).stream()
                    .map(broker -> "127.0.0.1:" + broker.port).toList());
        }
        return announced(Services.KAFKA, "127.0.0.1:" + settings.kafkaPort());
    }

    String jdbcUrl() {
        if (settings.externalDatabase() != null) {
            return settings.externalDatabase().url();
        }
        return announced(Services.POSTGRES, "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/orderflow");
    }

    private String announced(String group, String expected) {
        return instances.group(group).stream()
                .map(instance -> instance.address)
                .filter(address -> address != null)
                .findFirst()
                .orElse(expected);
    }

    private Map<String, String> environment(Instance instance) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(instance.port));
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        environment.put("ORDERFLOW_TRANSPORT", settings.transport());
        putIfPresent(environment, "ORDERFLOW_EVENT_FORMAT", settings.eventFormat());
        putIfPresent(environment, "ORDERFLOW_EVENT_SCHEMA_VERSION",
                settings.eventSchemaVersion() == null ? null : settings.eventSchemaVersion().toString());
        if (settings.usesKafka()) {
            environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
            if (settings.secureKafka()) {
                kafkaLogin(environment, instance.group);
            }
            if (settings.kafkaCluster()) {
                // min.insync.replicas=2 and no unclean leader election come from the brokers' defaults.
                environment.put("ORDERFLOW_TOPIC_REPLICAS", "3");
            }
        } else {
            // Through the entry point, so that the feed is read from whichever order instance is ready.
            environment.put("ORDER_FEED_URL", "http://127.0.0.1:" + settings.gatewayPort() + "/order/feed");
        }
        environment.put("DATABASE_URL", jdbcUrl());
        Settings.ExternalDatabase database = settings.externalDatabase();
        // Each service its own role, with rights on its own schema only.
        String role = DatabaseRoles.roleOf(instance.group);
        putIfPresent(environment, "DATABASE_USERNAME", database == null ? role : database.username());
        putIfPresent(environment, "DATABASE_PASSWORD",
                database == null ? settings.databasePasswords().get(role) : database.password());
        environment.put("ORDERFLOW_INSTANCE", instance.name);
        if (!instance.group.equals("order")) {
            // Only the consumers have an admin area (their dead letters).
            environment.put("ORDERFLOW_ADMIN_USERNAME", AdminPassword.USERNAME);
            environment.put("ORDERFLOW_ADMIN_PASSWORD", AdminPassword.of(settings.layout().dataDir()));
        }
        return environment;
    }

    /** Spring Boot binds these to {@code spring.kafka.*}, which reach every Kafka client of the service. */
    private void kafkaLogin(Map<String, String> environment, String service) {
        environment.put("SPRING_KAFKA_SECURITY_PROTOCOL", KafkaSecurity.PROTOCOL);
        environment.put("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", KafkaSecurity.MECHANISM);
        environment.put("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                KafkaSecurity.jaasConfig(service, settings.kafkaPasswords().get(service)));
        environment.put("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE", "PEM");
        environment.put("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION",
                settings.kafkaTruststore().toString());
    }

    /** The secured brokers' users' passwords, by environment as the database's. */
    private Map<String, String> kafkaPasswords() {
        Map<String, String> environment = new HashMap<>();
        settings.kafkaPasswords().forEach((user, password) -> environment.put(KafkaSecurity.variable(user), password));
        return environment;
    }

    /** To the PostgreSQL process by environment, not on its command line, which every user of the machine can read. */
    private Map<String, String> rolePasswords() {
        Map<String, String> environment = new HashMap<>();
        settings.databasePasswords().forEach((role, password) -> environment.put(DatabaseRoles.variable(role), password));
        return environment;
    }

    private static void putIfPresent(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }
}
