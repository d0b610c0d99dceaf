package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main class as the launcher will: a separate JVM, READY on stdout, stopped with SIGTERM. */
class InfrastructureMainTest {

    @TempDir
    Path dir;

    @Test
    void postgresProcessAnnouncesItsJdbcUrlAndStopsTheServerOnSigterm() throws Exception {
        Path data = dir.resolve("postgres");
        Process process = launch("postgres", "--port", "0", "--dir", data.toString());
        try {
            String address = readyAddress(process);
            assertThat(address).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/orderflow");
            try (Connection connection = DriverManager.getConnection(address, "postgres", "postgres")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        } finally {
            stop(process);
        }
        // pg_ctl removes the pid file only once the postmaster has shut down.
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void postgresLeftRunningByAKilledProcessIsStoppedWhenTheNextOneStartsOnTheSameDirectory() throws Exception {
        Path data = dir.resolve("postgres");
        Process killed = launch("postgres", "--port", "0", "--dir", data.toString());
        String address;
        try {
            address = readyAddress(killed);
            try (Connection connection = DriverManager.getConnection(address, "postgres", "postgres")) {
                connection.createStatement().execute("create table survivor (id int); insert into survivor values (7)");
            }
        } finally {
            killed.destroyForcibly();
            killed.waitFor(60, TimeUnit.SECONDS);
        }
        long leftover = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(leftover)).as("postgres outlives its killed parent").hasValueSatisfying(
                handle -> assertThat(handle.isAlive()).isTrue());
        int port = Integer.parseInt(address.replaceAll(".*:(\\d+)/.*", "$1"));

        try (PostgresServer restarted = PostgresServer.start(data, port);
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", "postgres");
             var rows = connection.createStatement().executeQuery("select id from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
        } finally {
            // Should the start have failed, the leftover must not outlive the test.
            LeftoverPostmaster.stopIfRunning(data);
        }
    }

    @Test
    void kafkaProcessAnnouncesItsBootstrapServersAndStopsOnSigterm() throws Exception {
        Process process = launch("kafka", "--port", "0", "--controller-port", "0", "--dir", dir.resolve("kafka").toString());
        try {
            String address = readyAddress(process);
            assertThat(address).matches("127\\.0\\.0\\.1:\\d+");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address))) {
                assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
            }
        } finally {
            stop(process);
        }
    }

    @Test
    void kafkaProcessWithATlsDirRunsSecuredWithThePasswordsOfItsEnvironment() throws Exception {
        Path tls = dir.resolve("kafka-tls");
        Process process = launch(Map.of("ORDERFLOW_KAFKA_PASSWORD_ADMIN", "admin-secret",
                        "ORDERFLOW_KAFKA_PASSWORD_SHIPPING", "shipping-secret"),
                "kafka", "--port", "0", "--controller-port", "0", "--dir", dir.resolve("kafka").toString(),
                "--tls-dir", tls.toString(), "--users", "shipping");
        try {
            String address = readyAddress(process);
            KafkaSecurity security = new KafkaSecurity(tls, Map.of(KafkaSecurity.ADMIN, "admin-secret"));
            Map<String, Object> config = new java.util.HashMap<>(security.clientConfig("shipping", "shipping-secret"));
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address);
            try (Admin admin = Admin.create(config)) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            }
        } finally {
            stop(process);
        }
    }

    @Test
    void kafkaProcessRefusesATlsDirWithoutTheAdminPassword() throws Exception {
        Process process = launch("kafka", "--dir", dir.resolve("kafka").toString(), "--tls-dir",
                dir.resolve("kafka-tls").toString());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("stderr.log"))).contains("ORDERFLOW_KAFKA_PASSWORD_ADMIN is not set");
    }

    @Test
    void processExitsWithOneAndNamesThePortWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Process process = launch("kafka", "--port", String.valueOf(port), "--dir", dir.resolve("kafka").toString());

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("stderr.log"))).contains("Failed to start kafka", String.valueOf(port));
        }
    }

    @Test
    void processExitsWithTwoOnUnknownArguments() throws Exception {
        Process process = launch("redis", "--dir", dir.toString());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("stderr.log"))).contains("unknown server kind: redis", "usage:");
    }

    @Test
    void aBrokerAskedToStopWhenReadyAnnouncesItselfThenStopsOnItsOwn() throws Exception {
        Process process = launch(List.of("-D" + InfrastructureMain.STOP_WHEN_READY + "=true"), Map.of(),
                "kafka", "--port", "0", "--controller-port", "0", "--dir", dir.resolve("kafka").toString());
        try {
            assertThat(readyAddress(process)).matches("127\\.0\\.0\\.1:\\d+");

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped on its own").isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    private Process launch(String... args) throws IOException {
        return launch(Map.of(), args);
    }

    private Process launch(Map<String, String> environment, String... args) throws IOException {
        return launch(List.of(), environment, args);
    }

    private Process launch(List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), InfrastructureMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("stderr.log").toFile());
        // Not inherited from the test's own environment, so that only what a test gives counts.
        builder.environment().keySet().removeIf(name -> name.startsWith("ORDERFLOW_KAFKA_PASSWORD_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The address from the READY line, which must be the first thing on stdout. */
    private String readyAddress(Process process) throws Exception {
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String line = firstLine.get(90, TimeUnit.SECONDS);
        assertThat(line).as("first stdout line; stderr was:%n%s", Files.readString(dir.resolve("stderr.log")))
                .startsWith("READY ");
        return line.substring("READY ".length());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("process stopped within 60 s of SIGTERM").isTrue();
    }
}
