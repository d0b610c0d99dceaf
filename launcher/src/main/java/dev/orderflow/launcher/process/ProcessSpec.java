package dev.orderflow.launcher.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to run as one named child process.
 *
 * @param environment added to the launcher's own environment
 * @param logFile where all its output is appended, besides the console
 */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment, Path logFile) {
}
