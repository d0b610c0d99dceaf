package dev.orderflow.launcher.control;

import dev.orderflow.launcher.Services;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Processes left running by a launcher that was killed outright (SIGKILL gives it no chance to stop
 * them). They still hold their ports, so {@code up} refuses to start and {@code down} stops them.
 */
public final class Leftovers {

    private Leftovers() {
    }

    /** A message naming the leftover processes of the recorded run, if there are any. */
    public static Optional<String> describe(StateFile stateFile) {
        return stateFile.read().filter(state -> !state.leftovers().isEmpty()).map(state -> {
            String processes = state.instances().stream()
                    .filter(instance -> state.leftovers().stream().anyMatch(handle -> handle.pid() == instance.pid()))
                    .map(instance -> instance.name() + " (pid " + instance.pid() + ")")
                    .collect(Collectors.joining(", "));
            return "The last orderflow launcher (pid " + state.pid() + ") ended without stopping its processes; still running: "
                    + processes + ". Stop them with ./orderflow down.";
        });
    }

    /** Stops them like a launcher would: services, then Kafka, then PostgreSQL; then forgets the run. */
    static void stop(StateFile stateFile, RunState state, PrintStream out) {
        List<ProcessHandle> leftovers = state.leftovers();
        out.println("Stopping " + leftovers.size() + " processes left running by the last orderflow (pid " + state.pid() + ")...");
        for (List<String> groups : List.of(Services.NAMES, List.of(Services.KAFKA), List.of(Services.POSTGRES))) {
            List<ProcessHandle> handles = state.instances().stream()
                    .filter(instance -> groups.contains(instance.group()))
                    .flatMap(instance -> leftovers.stream().filter(handle -> handle.pid() == instance.pid()))
                    .toList();
            handles.forEach(ProcessHandle::destroy);
            for (ProcessHandle handle : handles) {
                try {
                    handle.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
            }
        }
        stateFile.delete();
    }
}
