package dev.orderflow.launcher.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs commands in a session of their own, with util-linux {@code setsid}.
 *
 * <p>Ctrl-C in a terminal signals the whole foreground process group at once; children in their own
 * session get only the signals the launcher sends, so it can stop them in order (services, then
 * Kafka, then PostgreSQL). A child of the JVM is never a process group leader, so {@code setsid}
 * execs in place and the PID we see is the PID of the real process. Without {@code setsid} (macOS)
 * the command runs as it is.
 */
public final class Sessions {

    private static final String SETSID = find();

    private Sessions() {
    }

    public static List<String> ownSession(List<String> command) {
        if (SETSID == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add(SETSID);
        wrapped.addAll(command);
        return wrapped;
    }

    private static String find() {
        if (!Boolean.parseBoolean(System.getProperty("orderflow.setsid", "true"))) {
            return null;
        }
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
