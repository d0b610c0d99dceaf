package dev.orderflow.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The password of the consumers' admin area (their dead letters), made up once per data directory and kept in
 * {@code <data>/admin-password}, readable by its owner only ({@link GeneratedSecret}). Nothing in the repository holds
 * it, and each data directory has its own; delete the file to get a new one at the next {@code up}.
 */
public final class AdminPassword {

    public static final String USERNAME = "admin";

    private static final String FILE = "admin-password";

    private AdminPassword() {
    }

    /** The data directory's password, made up and written down first if it has none. */
    public static String of(Path dataDir) {
        return GeneratedSecret.at(dataDir.resolve(FILE));
    }

    /** The data directory's password, if one was made up. */
    public static Optional<String> read(Path dataDir) {
        return GeneratedSecret.read(dataDir.resolve(FILE));
    }
}
