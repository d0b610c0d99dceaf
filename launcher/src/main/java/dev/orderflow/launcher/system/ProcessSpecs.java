package dev.orderflow.launcher.system;

import dev.orderflow.launcher.AdminPassword;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.process.ProcessSpec;
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
            case Services.KAFKA -> new ProcessSpec(instance.name, commands.infrastructure(Services.KAFKA, List.of(
                    "--port", String.valueOf(settings.kafkaPort()),
                    "--controller-port", String.valueOf(settings.kafkaControllerPort()),
                    "--dir", settings.layout().kafkaDir().toString())), Map.of(), log);
            case Services.POSTGRES -> new ProcessSpec(instance.name, commands.infrastructure(Services.POSTGRES, List.of(
                    "--port", String.valueOf(settings.postgresPort()),
                    "--dir", settings.layout().postgresDir().toString())), Map.of(), log);
            default -> new ProcessSpec(instance.name, commands.service(instance.group), environment(instance), log);
        };
    }

    String kafkaBootstrap() {
        if (settings.externalKafka() != null) {
            return settings.externalKafka();
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
        } else {
            // Through the entry point, so that the feed is read from whichever order instance is ready.
            environment.put("ORDER_FEED_URL", "http://127.0.0.1:" + settings.gatewayPort() + "/order/feed");
        }
        environment.put("DATABASE_URL", jdbcUrl());
        Settings.ExternalDatabase database = settings.externalDatabase();
        putIfPresent(environment, "DATABASE_USERNAME", database == null ? InstanceRunner.POSTGRES_USER : database.username());
        putIfPresent(environment, "DATABASE_PASSWORD", database == null ? InstanceRunner.POSTGRES_PASSWORD : database.password());
        environment.put("ORDERFLOW_INSTANCE", instance.name);
        if (!instance.group.equals("order")) {
            // Only the consumers have an admin area (their dead letters).
            environment.put("ORDERFLOW_ADMIN_USERNAME", AdminPassword.USERNAME);
            environment.put("ORDERFLOW_ADMIN_PASSWORD", AdminPassword.of(settings.layout().dataDir()));
        }
        return environment;
    }

    private static void putIfPresent(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }
}
