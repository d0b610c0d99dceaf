package dev.orderflow.launcher.logs;

import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code orderflow logs [-f] [NAME...]}: the end of each process's log in {@code <data>/logs}, with
 * the same prefixes as {@code up}; {@code -f} keeps printing new lines, also of logs that appear later.
 */
public final class LogsCommand {

    private static final int LINES = 40;
    /** The background launcher's own log repeats all the others; it is shown only when asked for. */
    private static final String LAUNCHER_LOG = "orderflow";

    private final Path logs;
    private final List<String> names;

    public LogsCommand(Path logs, List<String> names) {
        this.logs = logs;
        this.names = names;
    }

    public int run(boolean follow) throws LauncherException, IOException, InterruptedException {
        Map<Path, Long> positions = new LinkedHashMap<>();
        List<Path> files = matching();
        if (files.isEmpty()) {
            throw new LauncherException("No logs" + (names.isEmpty() ? "" : " for " + String.join(", ", names))
                    + " in " + Layout.display(logs));
        }
        ConsoleLog console = ConsoleLog.stdout(files.stream().map(LogsCommand::processName).toList());
        for (Path file : files) {
            LogTail.lastLines(file, LINES).forEach(line -> console.line(processName(file), line));
            positions.put(file, Files.size(file));
        }
        while (follow) {
            Thread.sleep(300);
            for (Path file : matching()) {
                long[] next = {positions.getOrDefault(file, 0L)};
                if (!positions.containsKey(file)) {
                    console.fit(List.of(processName(file)));
                }
                LogTail.linesFrom(file, next[0], next).forEach(line -> console.line(processName(file), line));
                positions.put(file, next[0]);
            }
        }
        return 0;
    }

    private List<Path> matching() throws IOException {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(file -> file.toString().endsWith(".log"))
                    .filter(file -> wanted(processName(file)))
                    .sorted()
                    .toList();
        }
    }

    private boolean wanted(String process) {
        if (names.isEmpty()) {
            return !process.equals(LAUNCHER_LOG);
        }
        return names.stream().anyMatch(name -> process.equals(name) || process.matches(java.util.regex.Pattern.quote(name) + "-\\d+"));
    }

    private static String processName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".log".length());
    }
}
