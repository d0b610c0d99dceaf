package dev.orderflow.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, combined broker and controller) running in this JVM: a node alone, or one node of a
 * cluster whose other nodes run in other processes ({@link KafkaNode}).
 *
 * <p>The log directory is formatted on first use and reused afterwards, so topics and records survive
 * a restart on the same directory. Topics are never created automatically.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final int port;
    private final int nodeId;
    private final Map<String, Object> clientSecurity;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, int port, int nodeId, Map<String, Object> clientSecurity) {
        this.server = server;
        this.port = port;
        this.nodeId = nodeId;
        this.clientSecurity = clientSecurity;
    }

    /**
     * Starts a broker and returns once it answers requests.
     *
     * @param dataDir        log directory; formatted if it holds no {@code meta.properties}, reused otherwise
     * @param port           PLAINTEXT listener port on 127.0.0.1, 0 for a free one
     * @param controllerPort CONTROLLER listener port on 127.0.0.1, 0 for a free one
     * @throws IllegalStateException if a port is taken or the broker does not come up
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        return start(dataDir, port, controllerPort, Map.of());
    }

    /**
     * Like {@link #start(Path, int, int)}, with broker properties that are added or replace the defaults.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        return start(dataDir, port, controllerPort, KafkaNode.ALONE, overrides);
    }

    /**
     * Starts one node of a cluster and returns once it answers requests and the cluster counts it among its
     * brokers; the first start of a cluster therefore needs a majority of its nodes starting at the same time.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, KafkaNode node,
            Map<String, String> overrides) {
        return start(dataDir, port, controllerPort, node, overrides, null);
    }

    /**
     * Like {@link #start(Path, int, int, KafkaNode, Map)}; with {@code security} not {@code null}, in the secured mode
     * ({@link KafkaSecurity}): its admin's credential goes into a fresh log directory, and once the broker is ready
     * the services' users and ACLs are set up ({@link KafkaAccess}).
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, KafkaNode node,
            Map<String, String> overrides, KafkaSecurity security) {
        int[] ports = Ports.resolve("Kafka", port, controllerPort);
        Path dir = dataDir.toAbsolutePath();
        Map<String, String> properties = properties(dir, ports[0], ports[1]);
        properties.putAll(node.properties(ports[1]));
        if (security != null) {
            properties.putAll(security.brokerProperties(ports[0], ports[1]));
        }
        properties.putAll(overrides);
        KafkaConfig config = new KafkaConfig(properties, false);
        formatIfNeeded(dir, config, node, security);

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        KafkaBroker broker = new KafkaBroker(server, ports[0], node.id(),
                security == null ? Map.of() : security.adminClientConfig());
        try {
            server.startup();
            broker.awaitReady(security);
        } catch (RuntimeException e) {
            broker.close();
            throw new IllegalStateException("Kafka broker failed to start on " + Ports.HOST + ":" + ports[0]
                    + " (controller port " + ports[1] + ", dir " + dir + "): " + causes(e), e);
        }
        log.info("Kafka broker ready at {} with data in {}{}", broker.bootstrapServers(), dir,
                security == null ? "" : ", SASL_SSL with SCRAM-SHA-512 and ACLs");
        return broker;
    }

    /** Kafka wraps the reason (say, which address could not be bound) a few causes deep. */
    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" <- ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    private static Map<String, String> properties(Path dir, int port, int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listeners", "PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.toString());

        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        // Replication factors and min.insync.replicas: KafkaNode, by the cluster's size.
        // One partition per internal topic: the first consumer group or transaction would otherwise
        // wait for 50 partitions to be created on a single disk.
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The event history is the point of the system, so nothing expires unless a caller says so.
        props.put("log.retention.ms", "-1");

        // Sized for a two-core laptop running several services next to the broker.
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("log.cleaner.threads", "1");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        // The cleaner looks for logs to compact every second instead of every 15 s, so that compaction of the order
        // state topic can be watched (and tested) soon after a segment closed; idle checks cost next to nothing.
        props.put("log.cleaner.backoff.ms", "1000");
        props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        props.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        return props;
    }

    private static void formatIfNeeded(Path dir, KafkaConfig config, KafkaNode node, KafkaSecurity security) {
        if (Files.exists(dir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            Files.createDirectories(dir);
            new Formatter()
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setNodeId(node.id())
                    .setClusterId(node.clusterId() != null ? node.clusterId() : Uuid.randomUuid().toString())
                    .setControllerListenerName(config.controllerListenerNames().get(0))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setHasDynamicQuorum(false)
                    .setScramArguments(security == null ? List.of() : List.of(security.adminScramArgument()))
                    .addDirectory(dir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka log directory " + dir + ": " + e.getMessage(), e);
        }
        log.info("Formatted Kafka log directory {}", dir);
        log.debug("{}", output.toString(StandardCharsets.UTF_8).trim());
    }

    private void awaitReady(KafkaSecurity security) {
        Map<String, Object> config = new HashMap<>(clientSecurity);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    // Only unfenced brokers are listed: this one is, once it has caught up with the metadata.
                    if (admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream()
                            .anyMatch(broker -> broker.id() == nodeId)) {
                        if (security != null) {
                            KafkaAccess.apply(admin, security.passwords());
                        }
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("broker did not answer within " + READY_TIMEOUT, e);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("broker " + nodeId + " was not among the cluster's brokers within "
                            + READY_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** The address clients connect to, e.g. {@code 127.0.0.1:19092}. */
    public String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    /** The PLAINTEXT listener port. */
    public int port() {
        return port;
    }

    /** Shuts the broker down and waits until it has stopped; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker at {} stopped", bootstrapServers());
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + "]";
    }
}
