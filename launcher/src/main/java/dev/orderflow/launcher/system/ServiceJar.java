package dev.orderflow.launcher.system;

import dev.orderflow.launcher.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which jar a service starts from: the build's extracted copy with its class data sharing archive, which starts in
 * about half the CPU, or the packaged jar when those are missing or older than it (built with
 * {@code -Dorderflow.cds.skip}, or the jar repackaged since).
 */
final class ServiceJar {

    // The JVM itself ignores an archive that no longer matches (a library jar rebuilt since, another JDK) and starts
    // as without one; these keep it from printing a warning about that into the service's log.
    private static final List<String> QUIET_ARCHIVE_CHECK = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private ServiceJar() {
    }

    /** The java arguments after the JVM options: {@code -jar} and the jar, with the archive's options before them. */
    static List<String> javaArguments(Layout layout, String service) {
        Path packaged = layout.serviceJar(service);
        Path extracted = layout.extractedServiceJar(service);
        if (!madeFrom(extracted, packaged)) {
            return List.of("-jar", packaged.toString());
        }
        List<String> arguments = new ArrayList<>();
        Path archive = layout.serviceClassArchive(service);
        if (madeFrom(archive, packaged)) {
            arguments.add("-XX:SharedArchiveFile=" + archive);
            arguments.addAll(QUIET_ARCHIVE_CHECK);
        }
        arguments.add("-jar");
        arguments.add(extracted.toString());
        return arguments;
    }

    /** Whether {@code derived} exists and was made after the packaged jar, so from this one. */
    private static boolean madeFrom(Path derived, Path packaged) {
        try {
            return Files.isRegularFile(derived) && Files.isRegularFile(packaged)
                    && Files.getLastModifiedTime(derived).compareTo(Files.getLastModifiedTime(packaged)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
