package dev.orderflow.launcher;

import dev.orderflow.launcher.cli.OptionParser;
import dev.orderflow.launcher.cli.Options;
import dev.orderflow.launcher.cli.Usage;
import dev.orderflow.launcher.cli.UsageException;
import dev.orderflow.launcher.control.RemoteCommands;
import dev.orderflow.launcher.logs.LogsCommand;
import dev.orderflow.launcher.replay.ReplayCommand;
import dev.orderflow.launcher.system.DetachedUp;
import dev.orderflow.launcher.system.UpCommand;
import dev.orderflow.launcher.topic.TopicCommand;
import java.io.IOException;

/** The {@code orderflow} command line; see {@link Usage}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Options options;
        try {
            options = OptionParser.parse(args);
        } catch (UsageException e) {
            System.err.println("orderflow: " + e.getMessage());
            System.err.println("Run ./orderflow --help for usage.");
            return 2;
        }
        try {
            return dispatch(options);
        } catch (LauncherException e) {
            System.err.println("orderflow: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("orderflow: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            System.err.println("orderflow: unexpected error (a bug; please report it with this output):");
            e.printStackTrace();
            return 1;
        }
    }

    private static int dispatch(Options options) throws LauncherException, IOException, InterruptedException {
        Layout layout = Layout.of(options.dataDir());
        RemoteCommands remote = new RemoteCommands(layout, System.out, System.err);
        return switch (options.command()) {
            case HELP -> {
                System.out.print(Usage.TEXT);
                yield 0;
            }
            case UP -> options.detach() ? DetachedUp.run(options) : UpCommand.run(options);
            case DOWN -> remote.down();
            case STATUS -> remote.status(options.json());
            case STOP -> remote.stop(options.names());
            case START -> remote.start(options.names(), options.scale(), options.timeout());
            case LOGS -> new LogsCommand(layout.logs(), options.names()).run(options.follow());
            case TOPIC -> new TopicCommand(layout, System.out).run(options.names().get(0));
            case REPLAY -> new ReplayCommand(layout, System.out, System.err).run(options.names(), options.timeout());
        };
    }
}
