package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/**
 * The figures each fault test measured, printed and appended to {@code target/fault-report.md}, from which the "last
 * result" column of docs/guarantees.md is copied.
 */
final class FaultReport {

	private static final Path FILE = Path.of("target", "fault-report.md");

	private static boolean started;

	private FaultReport() {
	}

	static synchronized void record(String test, String figures) {
		String line = "| " + test + " | " + figures + " | " + LocalDate.now() + " |";
		System.out.println("FAULT REPORT " + line);
		try {
			// Each run starts the file afresh.
			Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE,
					started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
			started = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
