package dev.orderflow.launcher.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void theLastLinesOfALogAreShown() throws Exception {
        Path log = dir.resolve("order-1.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");

        assertThat(LogTail.lastLines(log, 2)).containsExactly("three", "four");
        assertThat(LogTail.lastLines(log, 10)).containsExactly("one", "two", "three", "four");
    }

    @Test
    void followingReturnsOnlyCompleteNewLines() throws Exception {
        Path log = dir.resolve("order-1.log");
        Files.writeString(log, "old\n");
        long[] next = {Files.size(log)};

        Files.writeString(log, "new\nhalf a li", StandardOpenOption.APPEND);
        assertThat(LogTail.linesFrom(log, next[0], next)).containsExactly("new");

        Files.writeString(log, "ne\n", StandardOpenOption.APPEND);
        assertThat(LogTail.linesFrom(log, next[0], next)).containsExactly("half a line");
        assertThat(next[0]).isEqualTo(Files.size(log));
    }

    @Test
    void aLogThatWasStartedAfreshIsReadFromItsBeginning() throws Exception {
        Path log = dir.resolve("order-1.log");
        Files.writeString(log, "a long first life of this log\n");
        long[] next = {Files.size(log)};

        Files.writeString(log, "second\n");

        assertThat(LogTail.linesFrom(log, next[0], next)).containsExactly("second");
    }
}
