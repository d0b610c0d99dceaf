package dev.orderflow.launcher.system;

import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.cli.OptionParser;
import dev.orderflow.launcher.cli.Options;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.StateFile;
import dev.orderflow.launcher.control.Summary;
import dev.orderflow.launcher.logs.LogTail;
import dev.orderflow.launcher.process.Sessions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code orderflow up -d}: starts the same launcher as a background process in its own session, with
 * its output in {@code <data>/logs/orderflow.log}, and returns once it reports ready (or failed).
 */
public final class DetachedUp {

    static final String LAUNCHER_MAIN = "dev.orderflow.launcher.Main";
    /** The launcher only supervises and proxies; it needs little memory and no optimizing compiler. */
    private static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private DetachedUp() {
    }

    public static int run(Options options) throws LauncherException, IOException, InterruptedException {
        Settings settings = Settings.from(options, System.getenv());
        UpCommand.refuseIfRunning(settings);
        // Fail here, where the user sees it, for everything that can be checked up front.
        new JavaCommands(settings).verifyJars();
        PortCheck.verify(settings.fixedPorts());
        Layout layout = settings.layout();
        Path log = layout.logs().resolve("orderflow.log");
        Files.createDirectories(log.getParent());
        long logStart = Files.exists(log) ? Files.size(log) : 0;

        List<String> arguments = new ArrayList<>(options.arguments());
        arguments.removeIf(argument -> argument.equals("-d") || argument.equals("--detach"));
        arguments.add(OptionParser.INTERNAL_CHILD);
        List<String> jvm = new ArrayList<>(LAUNCHER_JVM_OPTIONS);
        jvm.add("-Dorderflow.home=" + layout.home());
        jvm.add("-Dorderflow.color=false");
        Process child = new ProcessBuilder(Sessions.ownSession(SelfCommand.java(jvm, LAUNCHER_MAIN, arguments)))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true)
                .start();
        System.out.println("Starting orderflow in the background (pid " + child.pid() + "); its log: "
                + Layout.display(log));
        // Ctrl-C while we wait means "never mind": the child then stops what it started.
        Thread abort = new Thread(child::destroy, "orderflow-abort-start");
        Runtime.getRuntime().addShutdownHook(abort);
        Optional<RunState> ready = awaitReady(new StateFile(layout.stateFile()), child,
                settings.readyTimeout().multipliedBy(2).plusSeconds(60).toMillis());
        if (ready.isPresent()) {
            Runtime.getRuntime().removeShutdownHook(abort);
            System.out.println("orderflow is ready:");
            System.out.println(Summary.of(ready.get()));
            System.out.println("See ./orderflow status, follow the logs with ./orderflow logs -f, "
                    + "stop with ./orderflow down" + (options.dataDir().equals(Path.of("data")) ? "" : " --data " + options.dataDir()) + ".");
            return 0;
        }
        if (child.isAlive()) {
            System.err.println("orderflow did not get ready in time; stopping it.");
            child.destroy();
            child.waitFor(120, TimeUnit.SECONDS);
        }
        Runtime.getRuntime().removeShutdownHook(abort);
        System.err.println("orderflow failed to start" + (child.isAlive() ? "" : " (exit code " + child.exitValue() + ")")
                + ". The end of " + Layout.display(log) + ":");
        List<String> thisRun = LogTail.linesFrom(log, logStart, new long[1]);
        thisRun.subList(Math.max(0, thisRun.size() - 30), thisRun.size()).forEach(line -> System.err.println("  " + line));
        return 1;
    }

    private static Optional<RunState> awaitReady(StateFile stateFile, Process child, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (child.isAlive() && System.currentTimeMillis() < deadline) {
            Optional<RunState> state = stateFile.read()
                    .filter(s -> s.pid() == child.pid() && "ready".equals(s.state()));
            if (state.isPresent()) {
                return state;
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }
}
