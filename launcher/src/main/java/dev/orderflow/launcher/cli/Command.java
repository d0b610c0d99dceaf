package dev.orderflow.launcher.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sub-commands of {@code orderflow}. */
public enum Command {
    UP, DOWN, STATUS, STOP, START, LOGS, TOPIC, REPLAY, HELP;

    static Optional<Command> named(String name) {
        return Arrays.stream(values())
                .filter(command -> command.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
