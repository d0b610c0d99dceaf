package dev.orderflow.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of the real benchmark command against a system it starts itself, with Avro events on the topic (the
 * end-to-end tests use JSON): it must run to the end and count correctly. The figures it prints are not judged here; speed is the benchmark's business, not the tests'.
 */
class BenchSmokeIT {

	@TempDir
	Path out;

	@Test
	void aSmallBenchmarkRunWithAvroEventsPlacesEveryOrderAndFindsEachShippedAndInvoicedOnce() throws Exception {
		Path home = Path.of(System.getProperty("orderflow.home", "..")).toAbsolutePath().normalize();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dorderflow.home=" + home, "-jar", home.resolve("benchmark/target/orderflow-bench.jar").toString(),
				"--orders", "300", "--clients", "8", "--event-format", "avro", "--out", out.toString()));
		for (String option : List.of("--gateway-port", "--kafka-port", "--kafka-controller-port", "--postgres-port")) {
			command.addAll(List.of(option, String.valueOf(freePort())));
		}
		for (String service : List.of("order", "shipping", "invoicing")) {
			command.addAll(List.of("--port", service + "=" + freePort()));
		}
		Path log = out.resolve("bench.log");

		Process bench = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean finished = bench.waitFor(6, TimeUnit.MINUTES);
		if (!finished) {
			bench.destroy();
		}

		assertThat(finished).as(Files.readString(log)).isTrue();
		assertThat(bench.exitValue()).as(Files.readString(log)).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.resolve("report.json").toFile());
		assertThat(report.get("accepted").asInt()).isEqualTo(300);
		assertThat(report.get("lost").asLong()).isZero();
		assertThat(report.get("doubled").asLong()).isZero();
		assertThat(report.get("toBothMillis").get("count").asLong()).isEqualTo(300);
		assertThat(report.get("processes").propertyNames()).contains("order-1", "gateway", "benchmark");
		assertThat(report.get("eventFormat").asString()).isEqualTo("avro");
		assertThat(report.get("topic").get("records").asLong()).isEqualTo(300);
		assertThat(report.get("topic").get("valueBytes").asDouble()).isPositive();
		assertThat(out.resolve("report.html")).content().contains("end-to-end orders/s");
		assertThat(Files.readString(log)).contains("accepted -> both");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
