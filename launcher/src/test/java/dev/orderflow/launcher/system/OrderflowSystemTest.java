package dev.orderflow.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.cli.OptionParser;
import dev.orderflow.launcher.control.KafkaClientSettings;
import dev.orderflow.launcher.control.RemoteCommands;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.StateFile;
import dev.orderflow.launcher.logs.ConsoleLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole system with small stand-in processes: real child processes, real ports, real signals. */
class OrderflowSystemTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Set<Long> pids = new HashSet<>();
    private Settings settings;
    private OrderflowSystem system;

    @AfterEach
    void stopEverything() {
        if (system != null) {
            system.shutdown();
        }
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void upStartsEverythingAndRecordsItForOtherTerminals() throws Exception {
        start(Map.of());

        RunState state = recordedState();
        assertThat(state.state()).isEqualTo("ready");
        assertThat(state.instances()).extracting(RunState.Instance::name)
                .containsExactly("kafka", "postgres", "order-1", "shipping-1", "invoicing-1");
        assertThat(state.instances()).allSatisfy(instance -> {
            assertThat(instance.health()).isEqualTo("UP");
            assertThat(ProcessHandle.of(instance.pid())).isPresent();
        });
        assertThat(state.kafkaBootstrap()).isEqualTo("127.0.0.1:" + settings.kafkaPort());
        assertThat(state.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/orderflow");
        assertThat(get("/shipping/whoami").body()).startsWith("shipping-1 kafka=" + state.kafkaBootstrap()
                + " db=" + state.jdbcUrl() + " user=shipping password=");
        assertThat(status()).contains("shipping-1", "UP", "Kafka", state.kafkaBootstrap(), state.jdbcUrl());
    }

    @Test
    void shutdownStopsServicesThenKafkaThenPostgresAndRemovesTheState() throws Exception {
        start(Map.of());
        List<Long> children = recordedState().instances().stream().map(RunState.Instance::pid).toList();

        system.shutdown();

        assertThat(settings.layout().stateFile()).doesNotExist();
        assertThat(children).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
        String log = console();
        assertThat(log.indexOf("shipping-1 shutting down")).isPositive().isLessThan(log.indexOf("kafka shutting down"));
        assertThat(log.indexOf("kafka shutting down")).isLessThan(log.indexOf("postgres shutting down"));
        assertThat(get("/order/whoami").statusCode()).as("the entry point is closed").isEqualTo(-1);
    }

    @Test
    void oneServiceCanBeStoppedAndStartedWhileTheRestKeepsRunning() throws Exception {
        start(Map.of());
        RemoteCommands remote = new RemoteCommands(settings.layout(), quiet(), quiet());

        assertThat(remote.stop(List.of("shipping"))).isZero();

        assertThat(instance("shipping-1")).satisfies(shipping -> {
            assertThat(shipping.health()).isEqualTo("DOWN");
            assertThat(shipping.pid()).isZero();
            assertThat(shipping.note()).isEqualTo("stopped");
        });
        assertThat(instance("order-1").health()).isEqualTo("UP");
        assertThat(get("/shipping/whoami").statusCode()).isEqualTo(503);
        assertThat(get("/order/whoami").statusCode()).isEqualTo(200);

        assertThat(remote.start(List.of("shipping"), Map.of(), Duration.ofSeconds(30))).isZero();

        assertThat(instance("shipping-1").health()).isEqualTo("UP");
        assertThat(instance("shipping-1").port()).isEqualTo(settings.servicePorts().get("shipping"));
        assertThat(get("/shipping/whoami").body()).startsWith("shipping-1 ");
    }

    @Test
    void theBonusServiceIsNotStartedUnlessAskedForAndCanJoinARunningSystem() throws Exception {
        start(Map.of());
        assertThat(get("/bonus/whoami").statusCode()).isEqualTo(503);
        assertThat(status()).doesNotContain("bonus-1", "Bonus points");

        assertThat(new RemoteCommands(settings.layout(), quiet(), quiet()).start(List.of("bonus"), Map.of(),
                Duration.ofSeconds(30))).isZero();

        assertThat(instance("bonus-1").health()).isEqualTo("UP");
        assertThat(instance("bonus-1").port()).isEqualTo(settings.servicePorts().get("bonus"));
        assertThat(get("/bonus/whoami").body()).startsWith("bonus-1 kafka=" + recordedState().kafkaBootstrap()
                + " db=" + recordedState().jdbcUrl() + " user=bonus password=");
        assertThat(status()).contains("bonus-1", "Bonus points", "/bonus/api/points", "/bonus/dead-letters");
        assertThat(get("/").body()).contains("bonus</a>: 1 instance ready");
    }

    @Test
    void upWithBonusStartsItAfterTheOtherServices() throws Exception {
        start(Map.of(), "--with", "bonus");

        assertThat(recordedState().instances()).extracting(RunState.Instance::name)
                .containsExactly("kafka", "postgres", "order-1", "shipping-1", "invoicing-1", "bonus-1");
        assertThat(instance("bonus-1").health()).isEqualTo("UP");
    }

    @Test
    void aRunningSystemWithTheAtomTransportRefusesToStartTheBonusService() throws Exception {
        start(Map.of(), "--transport", "atom");

        assertThat(get("/").body()).contains("bonus</a>: not started");
        assertThatThrownBy(() -> system.start("bonus", null)).isInstanceOf(LauncherException.class)
                .hasMessageContaining("bonus reads the Kafka topic only");
    }

    @Test
    void aScaledServiceRunsSeveralInstancesThatShareTheRequests() throws Exception {
        start(Map.of(), "--scale", "shipping=2", "--scale", "invoicing=0");

        assertThat(recordedState().instances()).extracting(RunState.Instance::name)
                .containsExactly("kafka", "postgres", "order-1", "shipping-1", "shipping-2");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(get("/shipping/whoami").body().split(" ")[0]);
        }
        assertThat(answers).containsOnly("shipping-1", "shipping-2");
        assertThat(answers.get(0)).isNotEqualTo(answers.get(1));
        assertThat(answers.get(1)).isNotEqualTo(answers.get(2));
    }

    @Test
    void threeBrokersRunAsProcessesOfTheirOwnInOneQuorumAndTheServicesAreGivenAllOfThem() throws Exception {
        int base = freeBlock(6);
        start(Map.of(), "--brokers", "3", "--kafka-port", String.valueOf(base),
                "--kafka-controller-port", String.valueOf(base + 1));

        RunState state = recordedState();
        assertThat(state.instances()).extracting(RunState.Instance::name)
                .containsExactly("kafka-1", "kafka-2", "kafka-3", "postgres", "order-1", "shipping-1", "invoicing-1");
        assertThat(state.instances().stream().limit(3).map(RunState.Instance::pid).distinct()).hasSize(3);
        String bootstrap = "127.0.0.1:" + base + ",127.0.0.1:" + (base + 2) + ",127.0.0.1:" + (base + 4);
        assertThat(state.kafkaBootstrap()).isEqualTo(bootstrap);
        assertThat(get("/shipping/whoami").body()).startsWith("shipping-1 kafka=" + bootstrap + " ");
        String voters = "1@127.0.0.1:" + (base + 1) + ",2@127.0.0.1:" + (base + 3) + ",3@127.0.0.1:" + (base + 5);
        assertThat(commandLine(instance("kafka-2").pid())).contains("--port " + (base + 2), "--controller-port " + (base + 3),
                "--node-id 2", "--voters " + voters, "--cluster-id " + KafkaClusterId.of(settings.layout().dataDir()),
                "--dir " + data.resolve("kafka-2").toAbsolutePath());

        ProcessHandle.of(instance("kafka-2").pid()).orElseThrow().destroyForcibly();
        await().untilAsserted(() -> assertThat(instance("kafka-2").note()).isEqualTo("exited with code 137"));
        assertThat(system.start("kafka-2", null)).startsWith("Started kafka-2 (port " + (base + 2) + ", pid ");
        assertThat(instance("kafka-2").health()).isEqualTo("UP");
        assertThat(status()).contains("kafka-1", "kafka-2", "kafka-3", bootstrap);
    }

    @Test
    void eachServiceConnectsWithItsOwnDatabaseRoleWhosePasswordIsGivenOrMadeUpPerDataDirectory() throws Exception {
        start(Map.of("ORDERFLOW_DB_PASSWORD_INVOICING", "given-by-env"));

        Path shippingFile = data.resolve("database-passwords").resolve("shipping");
        String shipping = Files.readString(shippingFile).strip();
        String ordering = Files.readString(data.resolve("database-passwords").resolve("ordering")).strip();
        assertThat(shipping).hasSize(24).isNotEqualTo(ordering);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shippingFile))).isEqualTo("rw-------");
        assertThat(get("/shipping/whoami").body()).endsWith(" user=shipping password=" + shipping);
        assertThat(get("/order/whoami").body()).endsWith(" user=ordering password=" + ordering);
        assertThat(get("/invoicing/whoami").body()).endsWith(" user=invoicing password=given-by-env");
        assertThat(commandLine(instance("postgres").pid())).contains("--service-roles ordering,shipping,invoicing").doesNotContain(shipping);
    }

    @Test
    void secureGivesEachServiceItsOwnKafkaLoginOverTlsAndTheBrokerThePasswordsByEnvironmentOnly() throws Exception {
        start(Map.of("ORDERFLOW_KAFKA_PASSWORD_INVOICING", "given-by-env"), "--secure");

        Path passwords = data.resolve("kafka-passwords");
        String shipping = Files.readString(passwords.resolve("shipping")).strip();
        String admin = Files.readString(passwords.resolve("admin")).strip();
        assertThat(shipping).hasSize(24).isNotEqualTo(admin);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords.resolve("shipping"))))
                .isEqualTo("rw-------");
        Path ca = data.resolve("kafka-tls").resolve("ca.crt").toAbsolutePath();
        assertThat(Files.readString(ca)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(get("/shipping/kafka-login").body()).isEqualTo("SASL_SSL SCRAM-SHA-512 PEM " + ca
                + " org.apache.kafka.common.security.scram.ScramLoginModule required username=\"shipping\" password=\""
                + shipping + "\";");
        assertThat(get("/invoicing/kafka-login").body()).contains("username=\"invoicing\" password=\"given-by-env\"");
        // The launcher's own commands (replay, topic) log in from the state file the same way as the services.
        RunState state = recordedState();
        assertThat(state.kafkaSecurityProtocol()).isEqualTo("SASL_SSL");
        assertThat(state.kafkaTruststore()).isEqualTo(ca.toString());
        Map<String, Object> replayShipping = KafkaClientSettings.of(state, "shipping", Map.of());
        assertThat(get("/shipping/kafka-login").body()).isEqualTo(replayShipping.get("security.protocol") + " "
                + replayShipping.get("sasl.mechanism") + " " + replayShipping.get("ssl.truststore.type") + " "
                + replayShipping.get("ssl.truststore.location") + " " + replayShipping.get("sasl.jaas.config"));
        assertThat(status()).contains(state.kafkaBootstrap() + "  (SASL_SSL, SCRAM-SHA-512, CA " + ca + ")");
        assertThat(commandLine(instance("kafka").pid()))
                .contains("--tls-dir " + data.resolve("kafka-tls").toAbsolutePath(),
                        "--users order,shipping,invoicing,bonus", "--dir " + data.resolve("kafka-secure").toAbsolutePath())
                .doesNotContain(admin).doesNotContain(shipping);
    }

    @Test
    void withoutSecureTheServicesGetNoKafkaLogin() throws Exception {
        start(Map.of());

        assertThat(get("/order/kafka-login").body()).isEqualTo("null null null null null");
        assertThat(data.resolve("kafka-passwords")).doesNotExist();
        assertThat(commandLine(instance("kafka").pid())).doesNotContain("--tls-dir");
        assertThat(recordedState().kafkaSecurityProtocol()).isEqualTo("PLAINTEXT");
        assertThat(recordedState().kafkaTruststore()).isNull();
    }

    @Test
    void anInstanceThatDiesIsReportedTakenOutOfTheEntryPointAndNotRestarted() throws Exception {
        start(Map.of());

        ProcessHandle.of(instance("shipping-1").pid()).orElseThrow().destroyForcibly();

        await().untilAsserted(() -> assertThat(instance("shipping-1").note()).isEqualTo("exited with code 137"));
        assertThat(console()).contains("shipping-1 exited with code 137");
        assertThat(get("/shipping/whoami").statusCode()).isEqualTo(503);
        assertThat(system.start("shipping-1", null)).startsWith("Started shipping-1 (port ");
        assertThat(get("/shipping/whoami").statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceThatCannotStartFailsStartupWithAPointerToItsLog() {
        settings = settings(Map.of());
        system = new OrderflowSystem(settings, new FakeCommands(Set.of("invoicing")), consoleLog());

        assertThatThrownBy(system::start)
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("invoicing-1 exited with code 3 before it was ready; see ")
                .hasMessageContaining("invoicing-1.log");
        system.shutdown();
        assertThat(settings.layout().stateFile()).doesNotExist();
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void aTakenPortStopsStartupBeforeAnythingRuns() throws Exception {
        settings = settings(Map.of());
        try (ServerSocket taken = new ServerSocket(settings.kafkaPort(), 1, InetAddress.getLoopbackAddress())) {
            system = new OrderflowSystem(settings, new FakeCommands(Set.of()), consoleLog());

            assertThatThrownBy(system::start).hasMessage("Port " + settings.kafkaPort() + " (Kafka) is already in use. "
                    + "Stop what uses it, or choose another port with --kafka-port.");
            assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    @Test
    void externalKafkaAndDatabaseArePassedThroughInsteadOfStarted() throws Exception {
        start(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092", "DATABASE_URL", "jdbc:postgresql://db.example/shop",
                "DATABASE_USERNAME", "shop", "DATABASE_PASSWORD", "secret"));

        RunState state = recordedState();
        assertThat(state.instances()).extracting(RunState.Instance::name)
                .containsExactly("order-1", "shipping-1", "invoicing-1");
        assertThat(state.kafkaExternal()).isTrue();
        assertThat(state.databaseExternal()).isTrue();
        assertThat(state.databasePassword()).as("not written down").isNull();
        assertThat(get("/order/whoami").body())
                .isEqualTo("order-1 kafka=kafka.example:9092 db=jdbc:postgresql://db.example/shop user=shop password=secret");
        assertThat(data.resolve("database-passwords")).as("no roles made up for an external database").doesNotExist();
        assertThatThrownBy(() -> system.stop("kafka")).hasMessageContaining("Kafka is external");
    }

    @Test
    void withTransportAtomNoKafkaIsStartedAndTheConsumersAreToldToPollTheFeedThroughTheEntryPoint() throws Exception {
        start(Map.of(), "--transport", "atom");

        RunState state = recordedState();
        assertThat(state.instances()).extracting(RunState.Instance::name)
                .containsExactly("postgres", "order-1", "shipping-1", "invoicing-1");
        assertThat(state.transport()).isEqualTo("atom");
        assertThat(state.kafkaBootstrap()).isNull();
        assertThat(get("/shipping/transport").body()).isEqualTo("transport=atom feed=http://127.0.0.1:"
                + settings.gatewayPort() + "/order/feed kafka=null");
        assertThat(status()).contains("Transport", "atom", "/order/feed", "no Kafka")
                .doesNotContain(String.valueOf(settings.kafkaPort()));
        assertThatThrownBy(() -> system.stop("kafka")).hasMessageContaining("there is no Kafka");
    }

    @Test
    void theDefaultTransportIsKafka() throws Exception {
        start(Map.of());

        assertThat(recordedState().transport()).isEqualTo("kafka");
        assertThat(get("/invoicing/transport").body()).isEqualTo("transport=kafka feed=null kafka="
                + recordedState().kafkaBootstrap());
    }

    private void start(Map<String, String> environment, String... options) throws LauncherException {
        settings = settings(environment, options);
        system = new OrderflowSystem(settings, new FakeCommands(Set.of()), consoleLog());
        system.start();
        recordedState().instances().forEach(instance -> pids.add(instance.pid()));
    }

    private Settings settings(Map<String, String> environment, String... options) {
        List<String> arguments = new ArrayList<>(List.of("up", "--data", data.toString(), "--timeout", "30"));
        Set<Integer> ports = new HashSet<>();
        Stream.of("--gateway-port", "--kafka-port", "--kafka-controller-port", "--postgres-port").forEach(option -> {
            arguments.add(option);
            arguments.add(String.valueOf(freePort(ports)));
        });
        Stream.of("order", "shipping", "invoicing", "bonus").forEach(service -> {
            arguments.add("--port");
            arguments.add(service + "=" + freePort(ports));
        });
        arguments.addAll(List.of(options));
        try {
            return Settings.from(OptionParser.parse(arguments.toArray(String[]::new)), environment);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RunState recordedState() {
        return new StateFile(settings.layout().stateFile()).read().orElseThrow();
    }

    private RunState.Instance instance(String name) {
        return recordedState().instances().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RemoteCommands(settings.layout(), new PrintStream(out, true, StandardCharsets.UTF_8), quiet()).status(false);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An answer of the entry point; status -1 when nothing answered. */
    private record Reply(int statusCode, String body) {
    }

    private Reply get(String path) throws InterruptedException {
        URI uri = URI.create("http://localhost:" + settings.gatewayPort() + path);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(-1, "");
        }
    }

    private ConsoleLog consoleLog() {
        return new ConsoleLog(new PrintStream(console, true, StandardCharsets.UTF_8), false, 12);
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** From /proc: ProcessHandle.Info leaves out the arguments of a command line as long as these class paths. */
    private static String commandLine(long pid) throws IOException {
        return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).replace('\0', ' ');
    }

    /** Ports of a block handed out by {@link #freeBlock}, which {@link #freePort} must not hand out again. */
    private static final Set<Integer> BLOCKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The first of {@code size} consecutive ports that are all free now. */
    private static int freeBlock(int size) {
        for (int first = 30000 + (int) (ProcessHandle.current().pid() % 1000) * 20; ; first += size) {
            int candidate = first;
            if (java.util.stream.IntStream.range(0, size).allMatch(i -> PortCheck.isFree(candidate + i))) {
                java.util.stream.IntStream.range(0, size).forEach(i -> BLOCKED.add(candidate + i));
                return first;
            }
        }
    }

    // The system may hand out the same port again once its socket is closed, so each is checked against the others,
    // and against a block of ports a test reserved: a free port may lie inside it (the postgres stand-in of the
    // three-broker test once could not bind its port in CI; this is the one collision the test itself could cause).
    private static int freePort(Set<Integer> taken) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (!BLOCKED.contains(socket.getLocalPort()) && taken.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
