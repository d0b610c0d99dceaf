package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.orderflow.e2e.Orderflow;

/**
 * How often a consumer received an order it had already handled, from the line its use case logs each time
 * ("Order 17 was delivered again"). Not asserted, since it depends on when a fault hit, but reported: it shows that the
 * fault did cause redeliveries and that they were absorbed.
 */
final class Redeliveries {

	private static final Pattern LINE = Pattern.compile("Order (\\d+) was delivered again");

	private Redeliveries() {
	}

	/** Redeliveries of the given orders in the logs of every instance of the service so far. */
	static long count(Orderflow orderflow, String service, Set<Long> orders) {
		long count = 0;
		for (int instance = 1; instance <= 9; instance++) {
			Path log = orderflow.logFile(service + "-" + instance);
			if (Files.exists(log)) {
				count += count(log, orders);
			}
		}
		return count;
	}

	private static long count(Path log, Set<Long> orders) {
		try (Stream<String> lines = Files.lines(log)) {
			return lines.map(LINE::matcher)
				.filter(Matcher::find)
				.filter(match -> orders.contains(Long.parseLong(match.group(1))))
				.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
