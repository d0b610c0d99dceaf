package dev.orderflow.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.launcher.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarTest {

    private static final Instant PACKAGED = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path home;

    private Layout layout;

    @Test
    void aServiceStartsFromTheExtractedJarWithTheArchiveTheBuildRecordedForIt() throws Exception {
        build(PACKAGED.plusSeconds(5), PACKAGED.plusSeconds(20));

        assertThat(ServiceJar.javaArguments(layout, "shipping")).containsExactly(
                "-XX:SharedArchiveFile=" + layout.serviceClassArchive("shipping"), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", layout.extractedServiceJar("shipping").toString());
    }

    @Test
    void withoutAnArchiveTheExtractedJarStillStartsQuickerThanThePackagedOne() throws Exception {
        build(PACKAGED.plusSeconds(5), null);

        assertThat(ServiceJar.javaArguments(layout, "shipping"))
                .containsExactly("-jar", layout.extractedServiceJar("shipping").toString());
    }

    @Test
    void anArchiveOlderThanThePackagedJarIsNotUsed() throws Exception {
        build(PACKAGED.plusSeconds(5), PACKAGED.minusSeconds(60));

        assertThat(ServiceJar.javaArguments(layout, "shipping"))
                .containsExactly("-jar", layout.extractedServiceJar("shipping").toString());
    }

    @Test
    void aJarPackagedAgainSinceItWasExtractedStartsAsPackaged() throws Exception {
        build(PACKAGED.minusSeconds(60), PACKAGED.minusSeconds(40));

        assertThat(ServiceJar.javaArguments(layout, "shipping"))
                .containsExactly("-jar", layout.serviceJar("shipping").toString());
    }

    @Test
    void aBuildThatSkippedTheExtractionStartsThePackagedJar() throws Exception {
        build(null, null);

        assertThat(ServiceJar.javaArguments(layout, "shipping"))
                .containsExactly("-jar", layout.serviceJar("shipping").toString());
    }

    /** A built shipping service: the packaged jar, and the extracted jar and archive when their times are given. */
    private void build(Instant extracted, Instant archive) throws Exception {
        layout = new Layout(home, home.resolve("data"));
        write(layout.serviceJar("shipping"), PACKAGED);
        if (extracted != null) {
            write(layout.extractedServiceJar("shipping"), extracted);
        }
        if (archive != null) {
            write(layout.serviceClassArchive("shipping"), archive);
        }
    }

    private static void write(Path file, Instant modified) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "built");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
