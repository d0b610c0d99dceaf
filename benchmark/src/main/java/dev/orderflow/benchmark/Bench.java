package dev.orderflow.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code ./orderflow bench}: see {@link BenchOptions#USAGE}. Exits 1 when an order was lost, doubled or refused. */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options;
		try {
			options = BenchOptions.parse(List.of(args), Path.of(System.getProperty("orderflow.home", ".")));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		System.out.println(options.attach() ? "Measuring the running orderflow in " + options.data()
				: "Starting orderflow (" + options.transport() + " transport, " + options.eventFormat() + " events) in "
						+ options.data() + " ...");
		Result result;
		try (SystemUnderTest system = SystemUnderTest.start(options);
				Outcomes outcomes = new Outcomes(system.status())) {
			result = run(options, system, outcomes);
		}
		Report.print(result, System.out);
		Report.write(result, options.out());
		System.out.println("\n  report: " + options.out().resolve("report.json") + " and report.html");
		System.exit(result.lost() == 0 && result.doubled() == 0 && result.errors() == 0 ? 0 : 1);
	}

	private static Result run(BenchOptions options, SystemUnderTest system, Outcomes outcomes) throws Exception {
		long lastOrderBefore = outcomes.lastOrderId();
		Map<String, ProcessStats.Usage> before = ProcessStats.of(system.status().processes(), options.data());
		ExecutorService responses = Executors.newFixedThreadPool(4);
		Load load = new Load(system.gateway(), responses);
		System.out.println("Placing " + options.orders() + " orders (" + options.mode() + ") through "
				+ system.gateway() + " ...");
		try (Progress progress = Progress.start(load, outcomes, lastOrderBefore, options.orders())) {
			long started = System.nanoTime();
			if (options.rate() > 0) {
				load.atRate(options.orders(), options.rate());
			}
			else {
				load.saturate(options.orders(), options.clients());
			}
			double loadSeconds = (System.nanoTime() - started) / 1e9;
			List<Long> ids = load.samples.stream().filter(Load.Sample::accepted).map(Load.Sample::orderId).toList();
			awaitProcessed(outcomes, ids, Duration.ofSeconds(Math.max(120, options.orders() / 50)));
			progress.close();
			Map<String, ProcessStats.Usage> after = ProcessStats.of(system.status().processes(), options.data());
			boolean kafka = options.transport().equals("kafka");
			if (kafka && !system.status().plaintextKafka()) {
				System.out.println("Record sizes not measured: the benchmark reads the topic in plaintext, and this "
						+ "Kafka takes " + system.status().kafkaSecurityProtocol() + " only (up --secure).");
			}
			TopicRecords topic = kafka && system.status().plaintextKafka()
					? TopicRecords.measure(system.status().kafkaBootstrap(), "order") : null;
			return Analysis.of(options, load.samples, load.failures, outcomes.of(ids), outcomes.rowsFor(ids), loadSeconds,
					system.startupSeconds, ProcessStats.since(before, after), topic);
		}
		finally {
			responses.shutdownNow();
		}
	}

	/** Polls the consumers' tables until every accepted order is in both, or the time is up (then it counts as lost). */
	private static void awaitProcessed(Outcomes outcomes, List<Long> ids, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			long[] rows = outcomes.rowsFor(ids);
			if (rows[0] >= ids.size() && rows[1] >= ids.size()) {
				return;
			}
			Thread.sleep(200);
		}
	}

}
