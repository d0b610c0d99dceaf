package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * The Avro writer schemas in {@code contracts/avro} and Avro's own compatibility check over them, so that the build
 * rejects a schema change that a reader could not follow.
 */
public final class AvroContracts {

	/** {@code contracts/avro} as seen from a module directory, where Maven runs the tests. */
	public static final Path DIRECTORY = Path.of("../contracts/avro");

	private static final Pattern VERSIONED = Pattern.compile("(.+)\\.v(\\d+)\\.avsc");

	private AvroContracts() {
	}

	/** Every version of an event's writer schema ({@code <event>.v<n>.avsc}), oldest first. */
	public static SortedMap<Integer, Schema> versions(String event) {
		return versions(DIRECTORY, event);
	}

	static SortedMap<Integer, Schema> versions(Path directory, String event) {
		SortedMap<Integer, Schema> versions = new TreeMap<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Matcher name = VERSIONED.matcher(file.getFileName().toString());
				if (name.matches() && name.group(1).equals(event)) {
					versions.put(Integer.parseInt(name.group(2)), parse(file));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

	/** A schema file, parsed on its own. */
	public static Schema parse(Path file) {
		try {
			return new Schema.Parser().parse(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Why data written with {@code writer} cannot be read with {@code reader} by Avro's resolution rules; empty if it
	 * can.
	 */
	public static List<String> incompatibilities(Schema reader, Schema writer) {
		SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
		if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
			return List.of();
		}
		return result.getResult()
			.getIncompatibilities()
			.stream()
			.map(problem -> problem.getType() + " at " + problem.getLocation() + ": " + problem.getMessage())
			.toList();
	}

	/**
	 * What keeps each version from reading the data of every version before it (backward compatibility, transitive);
	 * empty if nothing does. Keyed {@code "v2 reading v1"}.
	 */
	public static Map<String, List<String>> evolutionProblems(SortedMap<Integer, Schema> versions) {
		Map<String, List<String>> problems = new TreeMap<>();
		List<Integer> numbers = new ArrayList<>(versions.keySet());
		for (int newer = 1; newer < numbers.size(); newer++) {
			for (int older = 0; older < newer; older++) {
				List<String> found = incompatibilities(versions.get(numbers.get(newer)),
						versions.get(numbers.get(older)));
				if (!found.isEmpty()) {
					problems.put("v" + numbers.get(newer) + " reading v" + numbers.get(older), found);
				}
			}
		}
		return problems;
	}

	/** What keeps a consumer's reader schema from reading every writer version; empty if nothing does. */
	public static Map<String, List<String>> readerProblems(Schema reader, SortedMap<Integer, Schema> writers) {
		Map<String, List<String>> problems = new TreeMap<>();
		writers.forEach((version, writer) -> {
			List<String> found = incompatibilities(reader, writer);
			if (!found.isEmpty()) {
				problems.put("reading v" + version, found);
			}
		});
		return problems;
	}

}
