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
 * A secret made up once and kept in a file of the data directory, readable by its owner only: nothing in the
 * repository holds it, each data directory has its own, and deleting the file gives a new one next time.
 */
public final class GeneratedSecret {

    private GeneratedSecret() {
    }

    /** The file's secret, made up (18 random bytes, URL-safe Base64) and written down first if there is none. */
    public static synchronized String at(Path file) {
        Optional<String> existing = read(file);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Written in full before it gets its name, so that nobody reads a half-written file.
            Path written = Files.createTempFile(dir, file.getFileName().toString(), ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, secret + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return secret;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The file's secret, if one was made up. */
    public static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(secret -> !secret.isEmpty()) : Optional.empty();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
