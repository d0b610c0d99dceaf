package dev.orderflow.launcher.control;

import dev.orderflow.launcher.Layout;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code status}, {@code stop}, {@code start} and {@code down}: commands for an orderflow running elsewhere. */
public final class RemoteCommands {

    private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(120);

    private final StateFile stateFile;
    private final PrintStream out;
    private final PrintStream err;

    public RemoteCommands(Layout layout, PrintStream out, PrintStream err) {
        this.stateFile = new StateFile(layout.stateFile());
        this.out = out;
        this.err = err;
    }

    public int status(boolean json) {
        Optional<RunState> recorded = running();
        if (recorded.isEmpty()) {
            return 1;
        }
        RunState state;
        try {
            state = new ControlClient(recorded.get().controlPort()).status();
        } catch (IOException e) {
            state = recorded.get();
            err.println("(orderflow did not answer on its control port; this is its last recorded state)");
        }
        out.print(json ? RunState.JSON.writeValueAsString(state) + "\n" : StatusTable.render(state));
        return 0;
    }

    public int stop(List<String> names) {
        return forEach(names, name -> Map.of("name", name), "/stop", Duration.ofSeconds(90));
    }

    public int start(List<String> names, Map<String, Integer> counts, Duration readyTimeout) {
        return forEach(names, name -> {
            Map<String, String> params = new HashMap<>(Map.of("name", name));
            if (counts.containsKey(name)) {
                params.put("count", String.valueOf(counts.get(name)));
            }
            return params;
        }, "/start", readyTimeout.plusSeconds(60));
    }

    /** Asks orderflow to stop (falling back to SIGTERM, which does the same) and waits until it has. */
    public int down() {
        Optional<RunState> recorded = stateFile.readLive();
        if (recorded.isEmpty()) {
            Optional<RunState> killed = stateFile.read();
            if (killed.isPresent()) {
                Leftovers.stop(stateFile, killed.get(), out);
            }
            out.println("orderflow is not running.");
            return 0;
        }
        RunState state = recorded.get();
        out.println("Stopping orderflow (pid " + state.pid() + ")...");
        try {
            new ControlClient(state.controlPort()).post("/down", Map.of(), Duration.ofSeconds(5));
        } catch (IOException e) {
            ProcessHandle.of(state.pid()).ifPresent(ProcessHandle::destroy);
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(state.pid());
        try {
            if (launcher.isPresent()) {
                launcher.get().onExit().get(DOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            out.println("Stopped.");
            return 0;
        } catch (TimeoutException | ExecutionException e) {
            err.println("orderflow did not stop within " + DOWN_TIMEOUT.toSeconds() + " s; killing its processes.");
            state.instances().stream().filter(i -> i.pid() > 0)
                    .forEach(i -> ProcessHandle.of(i.pid()).ifPresent(ProcessHandle::destroyForcibly));
            launcher.ifPresent(ProcessHandle::destroyForcibly);
            stateFile.delete();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private interface Params {
        Map<String, String> of(String name);
    }

    private int forEach(List<String> names, Params params, String path, Duration timeout) {
        Optional<RunState> recorded = running();
        if (recorded.isEmpty()) {
            return 1;
        }
        ControlClient client = new ControlClient(recorded.get().controlPort());
        int exitCode = 0;
        for (String name : names) {
            try {
                ControlClient.Reply reply = client.post(path, params.of(name), timeout);
                (reply.ok() ? out : err).println(reply.body());
                exitCode = reply.ok() ? exitCode : 1;
            } catch (IOException e) {
                err.println("orderflow did not answer: " + e.getMessage());
                exitCode = 1;
            }
        }
        return exitCode;
    }

    private Optional<RunState> running() {
        Optional<RunState> state = stateFile.readLive();
        if (state.isEmpty()) {
            out.println("orderflow is not running (no " + Layout.display(stateFile.path()) + ").");
            Leftovers.describe(stateFile).ifPresent(out::println);
        }
        return state;
    }
}
