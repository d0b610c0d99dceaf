package dev.orderflow.launcher.system;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Services;
import dev.orderflow.launcher.cli.Options;
import dev.orderflow.launcher.control.Leftovers;
import dev.orderflow.launcher.control.StateFile;
import dev.orderflow.launcher.control.Summary;
import dev.orderflow.launcher.logs.ConsoleLog;
import java.util.ArrayList;
import java.util.List;

/** {@code orderflow up}: runs the system in this process until Ctrl-C, SIGTERM or {@code orderflow down}. */
public final class UpCommand {

    private UpCommand() {
    }

    public static int run(Options options) throws LauncherException {
        Settings settings = Settings.from(options, System.getenv());
        refuseIfRunning(settings);
        JavaCommands commands = new JavaCommands(settings);
        commands.verifyJars();
        return run(settings, commands, ConsoleLog.stdout(processNames(settings)), options.internalChild());
    }

    static int run(Settings settings, ProcessCommands commands, ConsoleLog console, boolean background)
            throws LauncherException {
        OrderflowSystem system = new OrderflowSystem(settings, commands, console);
        // Ctrl-C and SIGTERM end the JVM; the hook stops the children in order before it goes.
        Runtime.getRuntime().addShutdownHook(new Thread(system::shutdown, "orderflow-shutdown"));
        long began = System.nanoTime();
        try {
            system.start();
        } catch (LauncherException e) {
            console.line(Services.GATEWAY, "Startup failed: " + e.getMessage());
            system.shutdown();
            throw e;
        }
        System.out.printf("%norderflow is ready (%.1f s):%n%s%n", (System.nanoTime() - began) / 1e9,
                Summary.of(system.snapshot()));
        if (!background) {
            System.out.println("Press Ctrl-C to stop everything (or run ./orderflow down in another terminal).");
        }
        System.out.flush();
        system.awaitStopped();
        return 0;
    }

    static void refuseIfRunning(Settings settings) throws LauncherException {
        StateFile stateFile = new StateFile(settings.layout().stateFile());
        var running = stateFile.readLive();
        if (running.isPresent()) {
            throw new LauncherException("orderflow is already running (pid " + running.get().pid() + ") with data in "
                    + settings.layout().dataDir() + ". See ./orderflow status, or stop it with ./orderflow down.");
        }
        var leftovers = Leftovers.describe(stateFile);
        if (leftovers.isPresent()) {
            throw new LauncherException(leftovers.get());
        }
    }

    /** The names that will appear in the log prefixes, so that they line up from the first line. */
    private static List<String> processNames(Settings settings) {
        List<String> names = new ArrayList<>(List.of(Services.GATEWAY, Services.KAFKA, Services.POSTGRES));
        for (String service : Services.NAMES) {
            names.add(service + "-" + Math.max(1, settings.scaleOf(service)));
        }
        return names;
    }
}
