package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnfinishedBinariesTest {

    @TempDir
    Path workingDirectory;

    @Test
    void binariesWhoseExtractionWasCutShortAreRemovedSoThatTheyAreExtractedAgain() throws Exception {
        Path cutShort = extractedUpToASymbolicLink("PG-cut-short");

        UnfinishedBinaries.removeUnder(workingDirectory);

        assertThat(cutShort).doesNotExist();
    }

    @Test
    void finishedBinariesAreKept() throws Exception {
        Path finished = extractedUpToASymbolicLink("PG-finished");
        Files.createFile(finished.resolve(".exists"));

        UnfinishedBinaries.removeUnder(workingDirectory);

        assertThat(finished.resolve("lib/libicuuc.so.60.2")).exists();
    }

    @Test
    void binariesAnotherProcessIsExtractingAreLeftAlone() throws Exception {
        Path extracting = extractedUpToASymbolicLink("PG-extracting");
        try (FileChannel lockFile = FileChannel.open(extracting.resolve("epg-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lockFile.lock()) {

            UnfinishedBinaries.removeUnder(workingDirectory);

            assertThat(extracting.resolve("lib/libicuuc.so.60.2")).exists();
        }
    }

    @Test
    void aMachineThatNeverExtractedAnythingNeedsNoCleaning() {
        UnfinishedBinaries.removeUnder(workingDirectory.resolve("never-created"));

        assertThat(workingDirectory.resolve("never-created")).doesNotExist();
    }

    private Path extractedUpToASymbolicLink(String name) throws Exception {
        Path lib = Files.createDirectories(workingDirectory.resolve(name).resolve("lib"));
        Files.writeString(lib.resolve("libicuuc.so.60.2"), "a library");
        Files.createSymbolicLink(lib.resolve("libicuuc.so"), Path.of("libicuuc.so.60.2"));
        return lib.getParent();
    }
}
