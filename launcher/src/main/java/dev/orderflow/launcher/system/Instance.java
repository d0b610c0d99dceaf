package dev.orderflow.launcher.system;

import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.process.ManagedProcess;
import java.util.Comparator;

/**
 * One place for a process (kafka, postgres, shipping-2): its fixed name and port, and the process
 * currently running there, if any. Stopping keeps the place, so that start brings it back on the same port.
 */
final class Instance {

    enum Health { STARTING, UP, DOWN }

    /** Kafka and PostgreSQL first, then the services in their usual order, then by instance number. */
    static final Comparator<Instance> DISPLAY_ORDER = Comparator
            .comparingInt((Instance instance) -> groupRank(instance.group))
            .thenComparingInt(Instance::number);

    final String name;
    final String group;
    final int port;
    volatile ManagedProcess process;
    volatile Health health = Health.DOWN;
    volatile String note = "not started";
    /** Set when we stop it, so that its exit is not reported as a failure. */
    volatile boolean stopRequested;
    /** What an infrastructure process announced with {@code READY <address>}. */
    volatile String address;

    Instance(String name, String group, int port) {
        this.name = name;
        this.group = group;
        this.port = port;
    }

    static Instance ofService(String service, int number, int port) {
        return new Instance(service + "-" + number, service, port);
    }

    boolean isService() {
        return Services.isService(group);
    }

    boolean running() {
        ManagedProcess current = process;
        return current != null && current.isAlive();
    }

    int number() {
        int dash = name.lastIndexOf('-');
        return dash < 0 ? 0 : Integer.parseInt(name.substring(dash + 1));
    }

    void started(ManagedProcess newProcess) {
        process = newProcess;
        health = Health.STARTING;
        note = "";
        stopRequested = false;
    }

    RunState.Instance state() {
        ManagedProcess current = process;
        boolean alive = current != null && current.isAlive();
        return new RunState.Instance(name, group, alive ? current.pid() : 0, port,
                alive ? health.name() : Health.DOWN.name(), note);
    }

    private static int groupRank(String group) {
        return switch (group) {
            case Services.KAFKA -> -2;
            case Services.POSTGRES -> -1;
            default -> Services.NAMES.indexOf(group);
        };
    }
}
