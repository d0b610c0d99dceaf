package dev.orderflow.launcher.control;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running orderflow tells other tools: written to {@code <data>/run/orderflow.json} and served
 * by the control API.
 *
 * @param pid the launcher process, which is also the entry point ("gateway")
 * @param pidStartedAt when that process started (epoch millis), so that a reused PID is not mistaken for it
 * @param state {@code starting}, {@code ready} or {@code stopping}
 * @param kafkaBootstrap {@code null} with transport atom, which uses no Kafka
 * @param databasePassword {@code null} for an external database, whose password is not written down
 * @param transport {@code kafka} or {@code atom}
 * @param kafkaSecurityProtocol how the launcher's own Kafka clients ({@code replay}, {@code topic}) connect:
 *     {@code SASL_SSL} with SCRAM-SHA-512 when the launcher's brokers run secured ({@code up --secure}), else
 *     {@code PLAINTEXT}; {@code null} without Kafka
 * @param kafkaTruststore with {@code SASL_SSL}, the CA certificate (PEM) the clients trust; passwords are not
 *     recorded here but looked up as {@code up} looked them up ({@link KafkaClientSettings})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"pid", "pidStartedAt", "state", "controlPort", "gatewayPort", "gatewayUrl"})
public record RunState(
        long pid,
        long pidStartedAt,
        String state,
        int controlPort,
        int gatewayPort,
        String kafkaBootstrap,
        boolean kafkaExternal,
        String jdbcUrl,
        String databaseUsername,
        String databasePassword,
        boolean databaseExternal,
        String dataDir,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<Instance> instances,
        String transport,
        String kafkaSecurityProtocol,
        String kafkaTruststore) {

    public static final String PLAINTEXT = "PLAINTEXT";

    /** A file written before there was a choice of transport used Kafka, and before {@code --secure} plaintext. */
    @JsonCreator
    public RunState {
        transport = transport == null ? "kafka" : transport;
        kafkaSecurityProtocol = kafkaSecurityProtocol == null && kafkaBootstrap != null ? PLAINTEXT
                : kafkaSecurityProtocol;
    }

    /** A state whose Kafka, if any, takes plaintext clients. */
    public RunState(long pid, long pidStartedAt, String state, int controlPort, int gatewayPort, String kafkaBootstrap,
            boolean kafkaExternal, String jdbcUrl, String databaseUsername, String databasePassword,
            boolean databaseExternal, String dataDir, List<Instance> instances, String transport) {
        this(pid, pidStartedAt, state, controlPort, gatewayPort, kafkaBootstrap, kafkaExternal, jdbcUrl, databaseUsername,
                databasePassword, databaseExternal, dataDir, instances, transport, null, null);
    }

    /** A state of transport kafka, as written before there was a choice. */
    public RunState(long pid, long pidStartedAt, String state, int controlPort, int gatewayPort, String kafkaBootstrap,
            boolean kafkaExternal, String jdbcUrl, String databaseUsername, String databasePassword,
            boolean databaseExternal, String dataDir, List<Instance> instances) {
        this(pid, pidStartedAt, state, controlPort, gatewayPort, kafkaBootstrap, kafkaExternal, jdbcUrl, databaseUsername,
                databasePassword, databaseExternal, dataDir, instances, "kafka");
    }

    /**
     * Reads and writes this as JSON, indented as {@code "name": value} with each instance on lines of its
     * own. Fields a newer launcher added are skipped; ones missing from an older file read as 0, false or null.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator(""))
                    .withArrayIndenter(new DefaultIndenter()))
            .build();

    /**
     * One child process (or the place of one that was stopped).
     *
     * @param group the service name, or {@code kafka}/{@code postgres}
     * @param pid {@code 0} when not running
     * @param health {@code STARTING}, {@code UP} or {@code DOWN}
     * @param note why it is down, e.g. {@code stopped} or {@code exited with code 137}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instance(String name, String group, long pid, int port, String health, String note) {
    }

    @JsonProperty("gatewayUrl")
    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort + "/";
    }

    /** Whether the launcher that wrote this is still the process with that PID. */
    public boolean launcherAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> pidStartedAt == 0 || Math.abs(startedAt(handle) - pidStartedAt) < 2000)
                .isPresent();
    }

    /**
     * Child processes still alive although their launcher is gone (it was killed with SIGKILL, so it
     * could not stop them). Only Java processes count, as a guard against reused PIDs.
     */
    public List<ProcessHandle> leftovers() {
        if (launcherAlive()) {
            return List.of();
        }
        return instances.stream()
                .filter(instance -> instance.pid() > 0)
                .flatMap(instance -> ProcessHandle.of(instance.pid()).stream())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.endsWith("java")).orElse(false))
                .toList();
    }

    static long startedAt(ProcessHandle handle) {
        return handle.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }
}
