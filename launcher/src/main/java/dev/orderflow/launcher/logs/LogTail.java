package dev.orderflow.launcher.logs;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a log file from a position on, or just its end, without loading all of a big file. */
public final class LogTail {

    private static final int TAIL_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code count} lines, or fewer. */
    public static List<String> lastLines(Path file, int count) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            List<String> lines = new ArrayList<>(read(in, start, in.length()));
            if (start > 0 && !lines.isEmpty()) {
                lines.remove(0); // probably cut in the middle
            }
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        }
    }

    /** The complete lines between {@code from} and the end of the file; sets the next position into {@code next[0]}. */
    public static List<String> linesFrom(Path file, long from, long[] next) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = length < from ? 0 : from; // truncated or replaced: start over
            byte[] bytes = new byte[(int) Math.min(length - start, Integer.MAX_VALUE)];
            in.seek(start);
            in.readFully(bytes);
            int end = lastNewline(bytes);
            next[0] = start + end + 1;
            return end < 0 ? List.of() : split(new String(bytes, 0, end, StandardCharsets.UTF_8));
        }
    }

    private static List<String> read(RandomAccessFile in, long from, long to) throws IOException {
        byte[] bytes = new byte[(int) (to - from)];
        in.seek(from);
        in.readFully(bytes);
        return split(new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\\r?\\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
