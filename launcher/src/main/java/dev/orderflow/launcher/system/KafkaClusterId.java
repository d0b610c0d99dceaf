package dev.orderflow.launcher.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The id every node of a local Kafka cluster formats its log directory with, made up once per data directory and kept
 * in {@code <data>/kafka-cluster-id}: nodes formatted with different ids refuse to form one cluster, and a node whose
 * directory is formatted again later must get the same id.
 */
final class KafkaClusterId {

    private static final String FILE = "kafka-cluster-id";

    private KafkaClusterId() {
    }

    /** 16 random bytes in URL-safe Base64 without padding: the form of Kafka's own {@code Uuid}. */
    static synchronized String of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(dataDir);
            Path written = Files.createTempFile(dataDir, FILE, ".new");
            Files.writeString(written, id + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return id;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
