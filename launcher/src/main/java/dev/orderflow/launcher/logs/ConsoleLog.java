package dev.orderflow.launcher.logs;

import java.io.Console;
import java.io.PrintStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the lines of many processes to one stream, each prefixed with the process name padded to a
 * common width ({@code shipping-1  | ...}), the way docker compose does; prefixes are colored only
 * when writing to a terminal.
 */
public final class ConsoleLog {

    private static final String RESET = "\u001B[0m";
    private static final int[] COLORS = {36, 33, 32, 35, 34, 96, 93, 92, 95, 94};

    private final PrintStream out;
    private final boolean color;
    private final Map<String, Integer> colors = new HashMap<>();
    private int width;

    public ConsoleLog(PrintStream out, boolean color, int width) {
        this.out = out;
        this.color = color;
        this.width = width;
    }

    /** A console log on standard output, colored if that is a terminal. */
    public static ConsoleLog stdout(Collection<String> names) {
        ConsoleLog log = new ConsoleLog(System.out, stdoutIsTerminal(), 0);
        log.fit(names);
        return log;
    }

    /** Widens the prefix so that all these names line up. */
    public synchronized void fit(Collection<String> names) {
        names.forEach(name -> width = Math.max(width, name.length()));
    }

    public synchronized void line(String name, String text) {
        out.println(prefix(name) + text);
    }

    synchronized String prefix(String name) {
        String padded = name + " ".repeat(Math.max(0, width - name.length())) + " |";
        if (!color) {
            return padded + " ";
        }
        int code = colors.computeIfAbsent(name, n -> COLORS[colors.size() % COLORS.length]);
        return "\u001B[" + code + "m" + padded + RESET + " ";
    }

    /**
     * The script knows best whether standard output is a terminal, and says so with
     * {@code -Dorderflow.color}; otherwise we ask the JVM (on JDK 22+ a console exists even when
     * output is redirected, hence the reflective {@code isTerminal}).
     */
    static boolean stdoutIsTerminal() {
        if (System.getenv("NO_COLOR") != null) {
            return false;
        }
        String forced = System.getProperty("orderflow.color");
        if (forced != null) {
            return Boolean.parseBoolean(forced);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
