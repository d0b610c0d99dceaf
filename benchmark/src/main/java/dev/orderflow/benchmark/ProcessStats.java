package dev.orderflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time and memory of each process of the system, from the kernel's own accounting ({@code /proc}). PostgreSQL is
 * its wrapper process plus the server and its backends; their memory is summed as PSS, which counts shared buffers
 * once instead of once per process.
 */
final class ProcessStats {

	/** CPU seconds used, resident memory now and at its peak, in MiB. */
	record Usage(double cpuSeconds, double rssMiB, double peakRssMiB) {
	}

	/** This process's name in the account. */
	static final String BENCHMARK = "benchmark";

	private ProcessStats() {
	}

	/**
	 * The system's processes, and last this one, the load generator: on a machine that runs both, its CPU is taken
	 * from the system's, so it belongs in the account.
	 */
	static Map<String, Usage> of(List<SystemUnderTest.Status.Process> processes, Path dataDir) {
		Map<String, Usage> usage = new LinkedHashMap<>();
		for (SystemUnderTest.Status.Process process : processes) {
			if (process.pid() > 0) {
				usage.put(process.name(), usage(process, dataDir));
			}
		}
		usage.put(BENCHMARK, usage(new SystemUnderTest.Status.Process(BENCHMARK, BENCHMARK, ProcessHandle.current().pid(),
				0, "UP"), dataDir));
		return usage;
	}

	/** The difference between two readings: CPU used in between, memory as at the second. */
	static Map<String, Usage> since(Map<String, Usage> before, Map<String, Usage> after) {
		Map<String, Usage> delta = new LinkedHashMap<>();
		after.forEach((name, now) -> {
			Usage then = before.get(name);
			delta.put(name, new Usage(now.cpuSeconds() - (then == null ? 0 : then.cpuSeconds()), now.rssMiB(),
					now.peakRssMiB()));
		});
		return delta;
	}

	private static Usage usage(SystemUnderTest.Status.Process process, Path dataDir) {
		ProcessHandle handle = ProcessHandle.of(process.pid()).orElse(null);
		if (handle == null) {
			return new Usage(0, 0, 0);
		}
		List<ProcessHandle> all = process.group().equals("postgres") ? Stream
			.concat(Stream.of(handle), postmaster(dataDir).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants())))
			.toList() : List.of(handle);
		double cpu = all.stream()
			.mapToDouble(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9)
			.sum();
		if (all.size() > 1) {
			double pss = all.stream().mapToDouble(p -> kib(p.pid(), "smaps_rollup", "Pss:")).sum() / 1024;
			return new Usage(cpu, pss, pss);
		}
		return new Usage(cpu, kib(process.pid(), "status", "VmRSS:") / 1024, kib(process.pid(), "status", "VmHWM:") / 1024);
	}

	/** The PostgreSQL server detaches from the process that started it; its data directory names its PID. */
	private static Optional<ProcessHandle> postmaster(Path dataDir) {
		try {
			String pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim();
			return ProcessHandle.of(Long.parseLong(pid));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static double kib(long pid, String file, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
				if (line.startsWith(field)) {
					return Double.parseDouble(line.substring(field.length()).trim().split("\\s+")[0]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended, or this is not Linux: report nothing rather than a wrong number
		}
		return 0;
	}

}
