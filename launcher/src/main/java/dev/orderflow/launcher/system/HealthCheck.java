package dev.orderflow.launcher.system;

import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.gateway.Gateway;
import dev.orderflow.launcher.logs.ConsoleLog;

/**
 * Runs every few seconds: takes service instances that stopped being ready out of the entry point,
 * and puts them back when they recover (exits are noticed by {@link InstanceRunner} right away).
 */
final class HealthCheck implements Runnable {

    private final Instances instances;
    private final ReadinessProbe probe;
    private final Gateway gateway;
    private final ConsoleLog console;
    private final Runnable stateChanged;

    HealthCheck(Instances instances, ReadinessProbe probe, Gateway gateway, ConsoleLog console, Runnable stateChanged) {
        this.instances = instances;
        this.probe = probe;
        this.gateway = gateway;
        this.console = console;
        this.stateChanged = stateChanged;
    }

    @Override
    public void run() {
        boolean changed = false;
        try {
            for (Instance instance : instances.services()) {
                if (instance.running() && instance.health != Instance.Health.STARTING && !instance.stopRequested) {
                    changed |= check(instance);
                }
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; keep checking.
            console.line(Services.GATEWAY, "Health check failed: " + e);
        }
        if (changed) {
            stateChanged.run();
        }
    }

    private boolean check(Instance instance) {
        boolean ready = probe.isReady(instance.group, instance.port);
        if (ready && instance.health == Instance.Health.DOWN) {
            instance.health = Instance.Health.UP;
            instance.note = "";
            gateway.add(instance.group, instance.port);
            console.line(Services.GATEWAY, instance.name + " is ready again");
            return true;
        }
        if (!ready && instance.health == Instance.Health.UP) {
            instance.health = Instance.Health.DOWN;
            instance.note = "not ready";
            gateway.remove(instance.group, instance.port);
            console.line(Services.GATEWAY, instance.name + " is not ready; the entry point skips it until it is");
            return true;
        }
        return false;
    }
}
