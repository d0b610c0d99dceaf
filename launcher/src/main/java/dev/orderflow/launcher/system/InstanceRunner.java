package dev.orderflow.launcher.system;

import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.gateway.Gateway;
import dev.orderflow.launcher.logs.ConsoleLog;
import dev.orderflow.launcher.process.ManagedProcess;
import dev.orderflow.launcher.process.ProcessSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/** Launches instances and waits until they are ready, notices when they exit, stops them. */
final class InstanceRunner implements AutoCloseable {

    static final String POSTGRES_USER = "postgres";
    static final String POSTGRES_PASSWORD = "postgres";

    private final Settings settings;
    private final ConsoleLog console;
    private final Gateway gateway;
    private final Instances instances;
    private final Runnable stateChanged;
    private final ProcessSpecs specs;
    private final ReadinessProbe probe;
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "orderflow-runner");
        thread.setDaemon(true);
        return thread;
    });

    InstanceRunner(Settings settings, ProcessCommands commands, ConsoleLog console, Gateway gateway,
            Instances instances, ReadinessProbe probe, Runnable stateChanged) {
        this.settings = settings;
        this.probe = probe;
        this.console = console;
        this.gateway = gateway;
        this.instances = instances;
        this.stateChanged = stateChanged;
        this.specs = new ProcessSpecs(settings, commands, instances);
    }

    String kafkaBootstrap() {
        return specs.kafkaBootstrap();
    }

    String jdbcUrl() {
        return specs.jdbcUrl();
    }

    /** Launches all in parallel; throws as soon as one of them fails. */
    void launchAll(List<Instance> list) throws LauncherException {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        List<CompletableFuture<Void>> launches = list.stream()
                .map(instance -> CompletableFuture.runAsync(() -> launchUnchecked(instance), pool))
                .toList();
        launches.forEach(launch -> launch.exceptionally(failure -> {
            outcome.completeExceptionally(failure);
            return null;
        }));
        CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new)).thenRun(() -> outcome.complete(null));
        try {
            outcome.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException inner ? inner.getCause() : e.getCause();
            throw cause instanceof LauncherException launcher ? launcher
                    : new LauncherException("Unexpected failure: " + cause, cause);
        }
    }

    /** Stops all in parallel (SIGTERM, then a kill after {@code grace}) and waits for them. */
    void stopAll(List<Instance> list, Duration grace) {
        CompletableFuture<?>[] stops = list.stream()
                .filter(Instance::running)
                .map(instance -> {
                    ManagedProcess process = instance.process;
                    instance.stopRequested = true;
                    if (instance.isService()) {
                        gateway.remove(instance.group, instance.port);
                    }
                    return CompletableFuture.runAsync(() -> {
                        process.stop(grace);
                        instance.note = "stopped";
                    }, pool);
                })
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stops).join();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void launchUnchecked(Instance instance) {
        try {
            launch(instance);
        } catch (LauncherException e) {
            throw new CompletionException(e);
        }
    }

    private void launch(Instance instance) throws LauncherException {
        CompletableFuture<String> announced = new CompletableFuture<>();
        ProcessSpec spec = specs.of(instance);
        ManagedProcess process;
        synchronized (instances) {
            // Under the same lock as beginShutdown: shutdown either sees this process or prevents it.
            if (instances.shuttingDown()) {
                throw new LauncherException(instance.name + " was not started: orderflow is stopping");
            }
            try {
                process = ManagedProcess.start(spec, console, instance.isService() ? null : line -> {
                    if (line.startsWith("READY ")) {
                        announced.complete(line.substring("READY ".length()).trim());
                    }
                });
            } catch (IOException e) {
                instance.health = Instance.Health.DOWN;
                instance.note = "could not start";
                throw new LauncherException("Could not start " + instance.name + ": " + e.getMessage(), e);
            }
            instance.started(process);
        }
        process.exit().thenAccept(code -> exited(instance, process, code));
        stateChanged.run();
        long began = System.nanoTime();
        awaitReady(instance, process, instance.isService()
                ? () -> probe.isReady(instance.group, instance.port) : announced::isDone);
        String where = "on port " + instance.port;
        if (!instance.isService()) {
            instance.address = announced.join();
            where = "at " + instance.address;
        }
        instance.health = Instance.Health.UP;
        if (instance.isService()) {
            gateway.add(instance.group, instance.port);
        }
        console.line(Services.GATEWAY, String.format("%s is ready %s (%.1f s)", instance.name, where,
                (System.nanoTime() - began) / 1e9));
        stateChanged.run();
    }

    private void awaitReady(Instance instance, ManagedProcess process, BooleanSupplier ready)
            throws LauncherException {
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        String log = Layout.display(settings.layout().logFile(instance.name));
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new LauncherException(instance.name + " exited with code " + process.exit().join()
                        + " before it was ready; see " + log);
            }
            if (instances.shuttingDown() || instance.process != process || instance.stopRequested) {
                throw new LauncherException(instance.name + " was stopped before it was ready");
            }
            if (System.nanoTime() > deadline) {
                instance.stopRequested = true;
                process.stop(Duration.ofSeconds(10));
                instance.note = "not ready in time";
                throw new LauncherException(instance.name + " was not ready within " + settings.readyTimeout().toSeconds()
                        + " s, so it was stopped; see " + log + " (or allow longer with --timeout)");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException(instance.name + ": interrupted while waiting for it to be ready");
            }
        }
    }

    private void exited(Instance instance, ManagedProcess process, int code) {
        if (instance.process != process) {
            return;
        }
        boolean starting = instance.health == Instance.Health.STARTING;
        instance.health = Instance.Health.DOWN;
        if (instance.isService()) {
            gateway.remove(instance.group, instance.port);
        }
        if (instance.stopRequested || instances.shuttingDown()) {
            if (!"not ready in time".equals(instance.note)) {
                instance.note = "stopped";
            }
            console.line(Services.GATEWAY, instance.name + " stopped");
        } else if (starting) {
            instance.note = "exited with code " + code;
            console.line(Services.GATEWAY, instance.name + " exited with code " + code + " before it was ready");
        } else {
            instance.note = "exited with code " + code;
            console.line(Services.GATEWAY, instance.name + " exited with code " + code
                    + (instance.isService() ? "; the entry point no longer sends it requests" : "")
                    + ". Start it again with: ./orderflow start " + instance.name);
        }
        stateChanged.run();
    }
}
