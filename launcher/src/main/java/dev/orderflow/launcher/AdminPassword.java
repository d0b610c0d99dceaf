package dev.orderflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The password of the consumers' admin area (their dead letters), made up once per data directory and kept in
 * {@code <data>/admin-password}, readable by its owner only. Nothing in the repository holds it, and each data
 * directory has its own; delete the file to get a new one at the next {@code up}.
 */
public final class AdminPassword {

    public static final String USERNAME = "admin";

    private static final String FILE = "admin-password";

    private AdminPassword() {
    }

    /** The data directory's password, made up and written down first if it has none. */
    public static synchronized String of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Optional<String> existing = read(dataDir);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createDirectories(dataDir);
            // Written in full before it gets its name, so that nobody reads a half-written file.
            Path written = Files.createTempFile(dataDir, FILE, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return password;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The data directory's password, if one was made up. */
    public static Optional<String> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(password -> !password.isEmpty()) : Optional.empty();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
