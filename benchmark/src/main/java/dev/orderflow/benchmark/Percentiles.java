package dev.orderflow.benchmark;

import java.util.Arrays;

/** p50, p95, p99 and max of a set of durations in milliseconds, by the nearest-rank method. */
record Percentiles(long count, double p50, double p95, double p99, double max) {

	static Percentiles of(double[] millis) {
		if (millis.length == 0) {
			return new Percentiles(0, 0, 0, 0, 0);
		}
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted[sorted.length - 1]);
	}

	private static double rank(double[] sorted, double percentile) {
		int rank = (int) Math.ceil(percentile / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

}
