package dev.orderflow.launcher.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything the command line said, with defaults filled in.
 *
 * @param command the sub-command
 * @param names the positional arguments after it (services or instances for stop, start and logs)
 * @param servicePorts the port of each service's first instance
 * @param scale the number of instances per service, only for services given with {@code --scale}
 * @param transport how orders travel to shipping and invoicing: {@code kafka} or {@code atom}
 * @param eventFormat {@code json} or {@code avro} on the Kafka topic, {@code null} for the service's default
 * @param eventSchemaVersion the Avro writer schema version the order service uses, {@code null} for its default
 * @param brokers Kafka brokers to start: 1, or 3 for a local cluster (separate processes, three replicas)
 * @param secure whether the brokers the launcher starts take SASL_SSL with SCRAM-SHA-512 only, with ACLs
 * @param internalChild whether this process is the background launcher started by {@code up -d}
 * @param arguments the raw arguments, so that {@code up -d} can hand them to its background child
 */
public record Options(
        Command command,
        List<String> names,
        Path dataDir,
        int gatewayPort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        Map<String, Integer> servicePorts,
        Map<String, Integer> scale,
        Duration timeout,
        String transport,
        String eventFormat,
        Integer eventSchemaVersion,
        boolean detach,
        boolean follow,
        boolean json,
        boolean internalChild,
        List<String> arguments,
        int brokers,
        boolean secure) {
}
