package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.orderflow.infrastructure.KafkaBroker;
import dev.orderflow.infrastructure.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka broker and one PostgreSQL per test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Both run on free ports in temporary directories that are deleted afterwards. PostgreSQL runs
 * without fsync, so a crash may lose data, which no test cares about. Tests isolate themselves with
 * {@link #uniqueName(String)} for topics, consumer groups and schemas rather than with servers of their own.
 */
public final class SharedInfrastructure {

    // Created before the two servers start in parallel, so that SLF4J initialises on one thread only.
    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);
    private static final Map<String, String> FAST_POSTGRES = Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off");
    private static final Pattern NAME_PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final AtomicInteger names = new AtomicInteger();

    private static Servers servers;

    private SharedInfrastructure() {
    }

    /** Bootstrap servers of the shared broker, e.g. {@code 127.0.0.1:40123}. */
    public static String kafkaBootstrapServers() {
        return servers().kafka.bootstrapServers();
    }

    /** JDBC URL of the {@code orderflow} database on the shared PostgreSQL. */
    public static String jdbcUrl() {
        return servers().postgres.jdbcUrl();
    }

    /** User name for {@link #jdbcUrl()}. */
    public static String username() {
        return servers().postgres.username();
    }

    /** Password for {@link #jdbcUrl()}. */
    public static String password() {
        return servers().postgres.password();
    }

    /**
     * A name not handed out before in this JVM, e.g. {@code shipping_t7}, usable unquoted as a PostgreSQL
     * schema and as a Kafka topic or consumer group.
     *
     * @param prefix lowercase letter first, then lowercase letters, digits or underscores, at most 40 characters
     */
    public static String uniqueName(String prefix) {
        if (!NAME_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Name prefix must match " + NAME_PREFIX + ": " + prefix);
        }
        return prefix + "_t" + names.incrementAndGet();
    }

    private static synchronized Servers servers() {
        if (servers == null) {
            servers = Servers.start();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "shared-infrastructure-shutdown"));
        }
        return servers;
    }

    private record Servers(KafkaBroker kafka, PostgresServer postgres, Path root) {

        static Servers start() {
            Path root = createTempRoot();
            long started = System.nanoTime();
            log.info("Starting shared Kafka and PostgreSQL in {}", root);
            ExecutorService starter = Executors.newFixedThreadPool(2);
            CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(
                    () -> KafkaBroker.start(root.resolve("kafka"), 0, 0), starter);
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(
                    () -> PostgresServer.start(root.resolve("postgres"), 0, FAST_POSTGRES), starter);
            starter.shutdown();
            try {
                CompletableFuture.allOf(kafka, postgres).join();
                Servers servers = new Servers(kafka.join(), postgres.join(), root);
                log.info("Shared Kafka at {} and PostgreSQL at {} ready in {} ms", servers.kafka.bootstrapServers(),
                        servers.postgres.jdbcUrl(), (System.nanoTime() - started) / 1_000_000);
                return servers;
            } catch (CompletionException e) {
                // Whichever one did start must not outlive the failure.
                new Servers(startedOrNull(kafka), startedOrNull(postgres), root).stop();
                throw new IllegalStateException("Shared test infrastructure failed to start", e.getCause());
            }
        }

        private static <T> T startedOrNull(CompletableFuture<T> server) {
            return server.handle((started, failure) -> started).join();
        }

        void stop() {
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            deleteRecursively(root);
        }

        private static Path createTempRoot() {
            try {
                return Files.createTempDirectory("orderflow-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteRecursively(Path root) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temp directory is not worth failing a finished test run for.
            }
        }
    }
}
