package dev.orderflow.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured; written as report.json.
 *
 * @param failures why requests were not accepted, with how often
 * @param acceptedPerSecond 201s per second while the load ran
 * @param endToEndPerSecond accepted orders divided by the time from the first acceptance until the last order had
 * both its shipment and its invoice stored
 * @param lost accepted orders without a shipment or an invoice when the run ended
 * @param doubled extra shipment or invoice rows beyond one per accepted order
 * @param eventFormat how the events were written to the Kafka topic
 * @param topic the sizes of the records on the order topic; {@code null} with transport atom, and on a system
 *     started with {@code up --secure} (attached), whose topic the benchmark's plaintext clients cannot read
 */
record Result(String transport, String mode, int orders, int accepted, int errors, Map<String, Integer> failures,
		double loadSeconds,
		double acceptedPerSecond, double endToEndPerSecond, Percentiles httpMillis, Percentiles toShipmentMillis,
		Percentiles toInvoiceMillis, Percentiles toBothMillis, long lost, long doubled, double startupSeconds,
		Map<String, ProcessStats.Usage> processes, List<Second> timeline, String eventFormat, TopicRecords topic) {

	/** One second of the run, for the plot: what happened in it and the latency of orders accepted in it. */
	record Second(int second, int accepted, int completed, double p50BothMillis, double p99BothMillis) {
	}

}
