package dev.orderflow.launcher.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** {@code <data>/run/orderflow.json}: present exactly while an orderflow runs with that data directory. */
public final class StateFile {

    private final Path path;

    public StateFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Replaces the file atomically, so that readers never see half of it. */
    public synchronized void write(RunState state) {
        try {
            Files.createDirectories(path.getParent());
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(temporary, RunState.JSON.writeValueAsString(state) + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
    }

    /** The recorded state, or empty when there is no (readable) file. */
    public Optional<RunState> read() {
        try {
            return Optional.of(RunState.JSON.readValue(Files.readString(path), RunState.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The state of an orderflow that is still running. A file left behind by one that was killed (its
     * PID gone) is deleted on the way, unless processes it started still run: then it stays, so that
     * {@code down} can stop them (see {@link RunState#leftovers()}).
     */
    public Optional<RunState> readLive() {
        Optional<RunState> state = read();
        if (state.isPresent() && !state.get().launcherAlive()) {
            if (state.get().leftovers().isEmpty()) {
                delete();
            }
            return Optional.empty();
        }
        if (state.isEmpty() && Files.exists(path)) {
            delete();
        }
        return state;
    }

    public synchronized void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
