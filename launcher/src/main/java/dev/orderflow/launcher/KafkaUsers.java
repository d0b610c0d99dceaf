package dev.orderflow.launcher;

import dev.orderflow.infrastructure.KafkaSecurity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SCRAM users of the secured local Kafka ({@code up --secure}): {@code admin}, the brokers' own super user, and
 * one per service, named like it ({@code order}, {@code shipping}, {@code invoicing}, {@code bonus}). Each password
 * comes from the environment ({@code ORDERFLOW_KAFKA_PASSWORD_<USER>}, e.g. {@code ORDERFLOW_KAFKA_PASSWORD_SHIPPING})
 * or, if that is not set, from {@code <data>/kafka-passwords/<user>}, made up on first use ({@link GeneratedSecret}).
 */
public final class KafkaUsers {

    private KafkaUsers() {
    }

    /** The admin and every service to their passwords, the admin first. */
    public static Map<String, String> passwords(Path dataDir, Map<String, String> environment) {
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(KafkaSecurity.ADMIN, password(KafkaSecurity.ADMIN, dataDir, environment));
        Services.NAMES.forEach(service -> passwords.put(service, password(service, dataDir, environment)));
        return passwords;
    }

    /**
     * The password {@code up --secure} gave {@code user}, looked up the same way but never made up: for a client of a
     * running system, which must log in with the password the brokers have, not a new one.
     */
    public static Optional<String> existing(String user, Path dataDir, Map<String, String> environment) {
        String given = environment.get(KafkaSecurity.variable(user));
        if (given != null && !given.isBlank()) {
            return Optional.of(given.strip());
        }
        return GeneratedSecret.read(file(user, dataDir));
    }

    /** Where the made-up password of {@code user} is kept. */
    public static Path file(String user, Path dataDir) {
        return dataDir.resolve("kafka-passwords").resolve(user);
    }

    private static String password(String user, Path dataDir, Map<String, String> environment) {
        return existing(user, dataDir, environment).orElseGet(() -> GeneratedSecret.at(file(user, dataDir)));
    }
}
