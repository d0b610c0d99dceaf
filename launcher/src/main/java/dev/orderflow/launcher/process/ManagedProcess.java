package dev.orderflow.launcher.process;

import dev.orderflow.launcher.logs.ConsoleLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A running child process whose output goes, line by line, to the console and to its log file. */
public final class ManagedProcess {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final ConsoleLog console;
    private final CompletableFuture<Void> outputDone = new CompletableFuture<>();
    private final CompletableFuture<Integer> exit;

    private ManagedProcess(String name, Process process, ConsoleLog console) {
        this.name = name;
        this.process = process;
        this.console = console;
        // Report the exit after the last output line when possible; a grandchild that inherited the
        // output pipe must not hold the report back for long.
        this.exit = process.onExit()
                .thenCompose(p -> outputDone.completeOnTimeout(null, 1, TimeUnit.SECONDS))
                .thenApply(ignored -> process.exitValue());
    }

    /**
     * Starts the process.
     *
     * @param lineListener sees every output line (e.g. to spot a readiness message), may be {@code null}
     */
    public static ManagedProcess start(ProcessSpec spec, ConsoleLog console, Consumer<String> lineListener)
            throws IOException {
        Files.createDirectories(spec.logFile().getParent());
        ProcessBuilder builder = new ProcessBuilder(Sessions.ownSession(spec.command())).redirectErrorStream(true);
        builder.environment().putAll(spec.environment());
        Writer logFile = Files.newBufferedWriter(spec.logFile(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            logFile.close();
            throw e;
        }
        process.getOutputStream().close();
        ManagedProcess managed = new ManagedProcess(spec.name(), process, console);
        Thread pump = new Thread(() -> managed.pump(logFile, lineListener), spec.name() + "-output");
        pump.setDaemon(true);
        pump.start();
        return managed;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the exit code once the process has ended. */
    public CompletableFuture<Integer> exit() {
        return exit;
    }

    /**
     * Asks the process to stop with SIGTERM, so that it can shut down cleanly, and kills it (with
     * whatever it started) when it has not ended within {@code grace}.
     */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        // Through the handle: Process.destroy() would also close our end of its output, and we want
        // to keep logging what it says while it shuts down.
        process.toHandle().destroy();
        if (!waitFor(grace)) {
            String waited = grace.toMillis() % 1000 == 0 ? grace.toSeconds() + " s" : grace.toMillis() + " ms";
            console.line(name, "did not stop within " + waited + "; killing it");
            descendants.addAll(process.descendants().toList());
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.toHandle().destroyForcibly();
            waitFor(KILL_WAIT);
        }
        exit.copy().completeOnTimeout(-1, 2, TimeUnit.SECONDS).join();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void pump(Writer logFile, Consumer<String> lineListener) {
        try (logFile; BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                console.line(name, line);
                logFile.write(line);
                logFile.write(System.lineSeparator());
                logFile.flush();
                if (lineListener != null) {
                    lineListener.accept(line);
                }
            }
        } catch (IOException e) {
            console.line(name, "(output no longer readable: " + e.getMessage() + ")");
        } finally {
            outputDone.complete(null);
        }
    }
}
