package dev.orderflow.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by a process that was killed with SIGKILL.
 *
 * <p>zonky starts the server with {@code pg_ctl}, which detaches it: it is not a child of our JVM, so when the JVM is
 * killed without running its shutdown hook, the server keeps running, holding the port and the data directory, and
 * every later start on that directory fails. Such a server is stopped here as a clean shutdown would have stopped it:
 * SIGINT, PostgreSQL's fast shutdown ({@code pg_ctl} itself refuses to run as root, which CI does).
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private LeftoverPostmaster() {
    }

    /** Stops the server recorded in {@code dir/postmaster.pid} if that process is still a running postgres. */
    static void stopIfRunning(Path dir) {
        Optional<ProcessHandle> server = runningServer(dir);
        if (server.isEmpty()) {
            return;
        }
        long pid = server.get().pid();
        log.warn("PostgreSQL (pid {}) from an earlier run still serves {}; stopping it first", pid, dir);
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            server.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") from an earlier run still serves " + dir
                    + " and could not be stopped (" + e + "); stop that process and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL (pid " + pid + ")", e);
        }
    }

    /** The first line of postmaster.pid is the server's PID; a stale file names a process that is gone or another. */
    private static Optional<ProcessHandle> runningServer(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            pid = Long.parseLong(lines.get(0).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command()
                        .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }
}
