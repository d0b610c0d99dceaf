package dev.orderflow.launcher.replay;

import dev.orderflow.launcher.LauncherException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a service says about rebuilding its data, in {@code replay.properties} at the root of its classpath: a service
 * without that file cannot be replayed. Adding a consumer (say, bonus) therefore needs no change in the launcher.
 *
 * @param schema the database schema holding the service's tables
 * @param group the consumer group that is moved back to the start
 * @param topic the event topic the group is moved back on
 * @param keep tables of the schema that replay neither clears nor compares, e.g. the dead letters
 * @param ignoredColumns columns (by name, in any table) left out of the comparison because they legitimately differ
 *     when an event is processed again, e.g. the time it was processed
 * @param ownDecisions {@code table.column} pairs whose non-null values record something the service decided itself,
 *     which no event holds (shipping's dispatch): a replay would lose them, so it refuses while any exist
 */
public record ReplayPlan(String service, String schema, String group, String topic, Set<String> keep,
        Set<String> ignoredColumns, Set<String> ownDecisions) {

    static final String FILE = "replay.properties";

    /** Reads the plan from a Spring Boot jar ({@code BOOT-INF/classes/}) or a plain one. */
    public static ReplayPlan fromJar(String service, Path jar) throws LauncherException {
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException("The " + service + " service is not built: " + jar + " is missing.");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("BOOT-INF/classes/" + FILE);
            entry = entry != null ? entry : zip.getEntry(FILE);
            if (entry == null) {
                throw new LauncherException(service + " cannot be replayed: its jar has no " + FILE
                        + " saying which data to rebuild (see docs/design.md, \"Replay\").");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return parse(service, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new LauncherException("Cannot read " + FILE + " from " + jar + ": " + e.getMessage());
        }
    }

    static ReplayPlan parse(String service, String text) throws LauncherException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new LauncherException(service + "'s " + FILE + " is not a properties file: " + e.getMessage());
        }
        return new ReplayPlan(service, required(service, properties, "schema"), required(service, properties, "group"),
                required(service, properties, "topic"), list(properties, "keep"),
                list(properties, "ignore-columns"), ownDecisions(service, properties));
    }

    private static String required(String service, Properties properties, String name) throws LauncherException {
        String value = properties.getProperty(name, "").trim();
        if (!value.matches("[A-Za-z0-9_.-]+")) {
            throw new LauncherException(service + "'s " + FILE + " needs " + name + "= (letters, digits, _ . -), got '"
                    + value + "'");
        }
        return value;
    }

    private static Set<String> ownDecisions(String service, Properties properties) throws LauncherException {
        Set<String> pairs = list(properties, "own-decisions");
        for (String pair : pairs) {
            if (!pair.matches("[A-Za-z0-9_]+\\.[A-Za-z0-9_]+")) {
                throw new LauncherException(service + "'s " + FILE + " needs own-decisions= as table.column, got '"
                        + pair + "'");
            }
        }
        return pairs;
    }

    private static Set<String> list(Properties properties, String name) {
        return Arrays.stream(properties.getProperty(name, "").split(","))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
