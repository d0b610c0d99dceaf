package dev.orderflow.launcher.system;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.control.ControlServer;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.StateFile;
import dev.orderflow.launcher.gateway.Gateway;
import dev.orderflow.launcher.logs.ConsoleLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running system: Kafka and PostgreSQL, the service instances, the entry point and the control
 * API. Starts them in dependency order, watches them, and stops them in reverse order.
 */
public final class OrderflowSystem implements ControlServer.Controller {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
    private static final Duration INFRASTRUCTURE_GRACE = Duration.ofSeconds(30);

    private final Settings settings;
    private final ConsoleLog console;
    private final Gateway gateway;
    private final Instances instances;
    private final InstanceRunner runner;
    private final HealthCheck healthCheck;
    private final StateFile stateFile;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object stateLock = new Object();
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "orderflow-health");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String phase = "starting";
    private volatile boolean stateDeleted;
    private volatile ControlServer control;

    public OrderflowSystem(Settings settings, ProcessCommands commands, ConsoleLog console) {
        this.settings = settings;
        this.console = console;
        this.gateway = new Gateway(settings.gatewayPort(), Services.NAMES);
        this.instances = new Instances(settings);
        this.stateFile = new StateFile(settings.layout().stateFile());
        ReadinessProbe probe = new ReadinessProbe();
        this.runner = new InstanceRunner(settings, commands, console, gateway, instances, probe, this::writeState);
        this.healthCheck = new HealthCheck(instances, probe, gateway, console, this::writeState);
    }

    /** Starts everything and returns once all of it is ready; on failure the caller calls {@link #shutdown()}. */
    public void start() throws LauncherException {
        PortCheck.verify(settings.fixedPorts());
        try {
            control = ControlServer.start(this);
        } catch (IOException e) {
            throw new LauncherException("Could not open the control port: " + e.getMessage(), e);
        }
        writeState();
        gateway.start();
        console.line(Services.GATEWAY, "Entry point listening on http://localhost:" + gateway.port() + "/");
        runner.launchAll(instances.createInfrastructure());
        runner.launchAll(instances.createServices());
        try {
            monitor.scheduleWithFixedDelay(healthCheck, 2, 2, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            throw new LauncherException("orderflow was stopped while it was starting");
        }
        phase = "ready";
        writeState();
    }

    /** Blocks until {@link #shutdown()} has finished, e.g. after {@code orderflow down}. */
    public void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the services first (they still need Kafka and the database to finish their work), then
     * Kafka, then PostgreSQL, each with SIGTERM and a kill after a grace period. Safe to call more
     * than once and from a shutdown hook.
     */
    public void shutdown() {
        if (!instances.beginShutdown()) {
            awaitStopped();
            return;
        }
        try {
            phase = "stopping";
            writeState();
            console.line(Services.GATEWAY, "Stopping orderflow...");
            monitor.shutdownNow();
            gateway.close();
            runner.stopAll(instances.services(), SERVICE_GRACE);
            runner.stopAll(instances.group(Services.KAFKA), INFRASTRUCTURE_GRACE);
            runner.stopAll(instances.group(Services.POSTGRES), INFRASTRUCTURE_GRACE);
            if (control != null) {
                control.stop();
            }
            synchronized (stateLock) {
                stateDeleted = true;
                stateFile.delete();
            }
            console.line(Services.GATEWAY, "Stopped.");
        } finally {
            runner.close();
            stopped.countDown();
        }
    }

    @Override
    public void down() {
        Thread thread = new Thread(this::shutdown, "orderflow-down");
        thread.start();
    }

    @Override
    public String stop(String name) throws LauncherException {
        List<Instance> targets = instances.resolve(name).stream().filter(Instance::running).toList();
        if (targets.isEmpty()) {
            return name + " is not running";
        }
        runner.stopAll(targets, targets.get(0).isService() ? SERVICE_GRACE : INFRASTRUCTURE_GRACE);
        writeState();
        return "Stopped " + names(targets);
    }

    @Override
    public String start(String name, Integer count) throws LauncherException {
        List<Instance> targets = instances.toStart(name, count);
        if (targets.isEmpty()) {
            return name + " is already running";
        }
        runner.launchAll(targets);
        List<String> started = new ArrayList<>();
        targets.forEach(i -> started.add(i.name + " (port " + i.port + ", pid " + i.process.pid() + ")"));
        return "Started " + String.join(", ", started);
    }

    @Override
    public RunState snapshot() {
        Settings.ExternalDatabase database = settings.externalDatabase();
        ProcessHandle self = ProcessHandle.current();
        return new RunState(self.pid(), self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L),
                phase, control == null ? 0 : control.port(), settings.gatewayPort(),
                settings.usesKafka() ? runner.kafkaBootstrap() : null, settings.externalKafka() != null, runner.jdbcUrl(),
                database == null ? InstanceRunner.POSTGRES_USER : database.username(),
                database == null ? InstanceRunner.POSTGRES_PASSWORD : null, database != null,
                settings.layout().dataDir().toString(),
                instances.all().stream().map(Instance::state).toList(), settings.transport(),
                settings.kafkaSecurityProtocol(), settings.secureKafka() ? settings.kafkaTruststore().toString() : null);
    }

    /** Records the current state for other terminals; never re-creates the file once shutdown removed it. */
    private void writeState() {
        synchronized (stateLock) {
            if (stateDeleted) {
                return;
            }
            try {
                stateFile.write(snapshot());
            } catch (UncheckedIOException e) {
                console.line(Services.GATEWAY, "Could not record the state: " + e.getMessage());
            }
        }
    }

    private static String names(List<Instance> list) {
        return String.join(", ", list.stream().map(i -> i.name).toList());
    }
}
