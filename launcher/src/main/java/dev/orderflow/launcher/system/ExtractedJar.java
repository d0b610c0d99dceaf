package dev.orderflow.launcher.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A jar as the build also left it extracted, in {@code target/extracted/} beside the packaged jar, with the class data
 * sharing archive of a training run (root pom.xml for the services, launcher/pom.xml for the launcher). A JVM started
 * from there maps the recorded classes instead of loading them one by one from nested jars: about half the start-up
 * CPU. Used only when made from the packaged jar as it is now: not when built with {@code -Dorderflow.cds.skip}, or
 * when the jar was packaged again since.
 *
 * @param packaged the packaged jar, e.g. {@code shipping/target/shipping.jar}
 * @param extracted its extracted form, {@code shipping/target/extracted/shipping.jar}, with its libraries in {@code lib/}
 * @param archive the archive of the extracted form, {@code shipping/target/extracted/shipping.jsa}
 */
record ExtractedJar(Path packaged, Path extracted, Path archive) {

    // The JVM itself ignores an archive that no longer matches (a library jar rebuilt since, another JDK) and starts
    // as without one; these keep it from printing a warning about that into the process's log.
    private static final List<String> QUIET_ARCHIVE_CHECK = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    static ExtractedJar of(Path packaged) {
        Path extracted = packaged.resolveSibling("extracted").resolve(packaged.getFileName());
        String name = packaged.getFileName().toString().replaceFirst("\\.jar$", "");
        return new ExtractedJar(packaged, extracted, extracted.resolveSibling(name + ".jsa"));
    }

    /** The one that {@code jar} is: the packaged jar, or its extracted form. */
    static ExtractedJar ofEither(Path jar) {
        Path directory = jar.toAbsolutePath().getParent();
        boolean isExtracted = directory != null && directory.getFileName() != null
                && directory.getFileName().toString().equals("extracted");
        return of(isExtracted ? directory.resolveSibling(jar.getFileName().toString()) : jar.toAbsolutePath());
    }

    /** Whether the extracted form was made from the packaged jar as it is now. */
    boolean usable() {
        return madeFrom(extracted);
    }

    /** The JVM options that map the archive, or none when there is no archive made from the packaged jar as it is. */
    List<String> sharingOptions() {
        if (!madeFrom(archive)) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        options.add("-XX:SharedArchiveFile=" + archive);
        options.addAll(QUIET_ARCHIVE_CHECK);
        return options;
    }

    /** {@code java} arguments after the JVM options that run the jar's main class: extracted if usable. */
    List<String> jarArguments() {
        List<String> arguments = new ArrayList<>();
        if (usable()) {
            arguments.addAll(sharingOptions());
            arguments.addAll(List.of("-jar", extracted.toString()));
        } else {
            arguments.addAll(List.of("-jar", packaged.toString()));
        }
        return arguments;
    }

    private boolean madeFrom(Path derived) {
        try {
            return Files.isRegularFile(derived) && Files.isRegularFile(packaged)
                    && Files.getLastModifiedTime(derived).compareTo(Files.getLastModifiedTime(packaged)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
