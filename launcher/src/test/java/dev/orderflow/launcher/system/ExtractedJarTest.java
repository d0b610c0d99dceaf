package dev.orderflow.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedJarTest {

    private static final Instant PACKAGED = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path home;

    private ExtractedJar shipping;

    @Test
    void aServiceStartsFromTheExtractedJarWithTheArchiveTheBuildRecordedForIt() throws Exception {
        build(PACKAGED.plusSeconds(5), PACKAGED.plusSeconds(20));

        assertThat(shipping.extracted()).isEqualTo(home.resolve("shipping/target/extracted/shipping.jar"));
        assertThat(shipping.archive()).isEqualTo(home.resolve("shipping/target/extracted/shipping.jsa"));
        assertThat(shipping.jarArguments()).containsExactly("-XX:SharedArchiveFile=" + shipping.archive(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", shipping.extracted().toString());
    }

    @Test
    void withoutAnArchiveTheExtractedJarStillStartsQuickerThanThePackagedOne() throws Exception {
        build(PACKAGED.plusSeconds(5), null);

        assertThat(shipping.jarArguments()).containsExactly("-jar", shipping.extracted().toString());
    }

    @Test
    void anArchiveOlderThanThePackagedJarIsNotUsed() throws Exception {
        build(PACKAGED.plusSeconds(5), PACKAGED.minusSeconds(60));

        assertThat(shipping.sharingOptions()).isEmpty();
        assertThat(shipping.jarArguments()).containsExactly("-jar", shipping.extracted().toString());
    }

    @Test
    void aJarPackagedAgainSinceItWasExtractedStartsAsPackaged() throws Exception {
        build(PACKAGED.minusSeconds(60), PACKAGED.minusSeconds(40));

        assertThat(shipping.usable()).isFalse();
        assertThat(shipping.jarArguments()).containsExactly("-jar", shipping.packaged().toString());
    }

    @Test
    void aBuildThatSkippedTheExtractionStartsThePackagedJar() throws Exception {
        build(null, null);

        assertThat(shipping.jarArguments()).containsExactly("-jar", shipping.packaged().toString());
    }

    @Test
    void aJvmRunningFromEitherFormFindsTheSameJar() {
        Path packaged = home.resolve("launcher/target/orderflow-launcher.jar");
        ExtractedJar launcher = ExtractedJar.of(packaged);

        assertThat(ExtractedJar.ofEither(packaged)).isEqualTo(launcher);
        assertThat(ExtractedJar.ofEither(launcher.extracted())).isEqualTo(launcher);
        assertThat(launcher.archive()).isEqualTo(home.resolve("launcher/target/extracted/orderflow-launcher.jsa"));
    }

    /** A built shipping service: the packaged jar, and the extracted jar and archive when their times are given. */
    private void build(Instant extracted, Instant archive) throws Exception {
        shipping = ExtractedJar.of(home.resolve("shipping/target/shipping.jar"));
        write(shipping.packaged(), PACKAGED);
        if (extracted != null) {
            write(shipping.extracted(), extracted);
        }
        if (archive != null) {
            write(shipping.archive(), archive);
        }
    }

    private static void write(Path file, Instant modified) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "built");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
