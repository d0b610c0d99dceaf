package dev.orderflow.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/** Turns the client's samples and the system's timestamps into the figures of a {@link Result}. */
final class Analysis {

	private Analysis() {
	}

	static Result of(BenchOptions options, Collection<Load.Sample> samples, Map<String, Integer> failures,
			List<Outcomes.Outcome> outcomes, long[] rows, double loadSeconds, double startupSeconds, Map<String, ProcessStats.Usage> processes,
			TopicRecords topic) {
		List<Load.Sample> accepted = samples.stream().filter(Load.Sample::accepted).toList();
		List<Outcomes.Outcome> complete = outcomes.stream().filter(Outcomes.Outcome::complete).toList();
		long first = outcomes.stream().mapToLong(Outcomes.Outcome::acceptedMicros).min().orElse(0);
		long last = complete.stream().mapToLong(Outcomes.Outcome::bothMicros).max().orElse(first);
		double endToEnd = last > first ? complete.size() / ((last - first) / 1e6) : 0;
		long lost = accepted.size() - complete.size();
		long doubled = Math.max(0, rows[0] - accepted.size()) + Math.max(0, rows[1] - accepted.size());
		return new Result(options.transport(), options.mode(), options.orders(), accepted.size(),
				samples.size() - accepted.size(), new TreeMap<>(failures), loadSeconds, accepted.size() / loadSeconds, endToEnd,
				Percentiles.of(accepted.stream().mapToDouble(s -> (s.doneNanos() - s.dueNanos()) / 1e6).toArray()),
				latency(complete, Outcomes.Outcome::shippedMicros), latency(complete, Outcomes.Outcome::invoicedMicros),
				latency(complete, Outcomes.Outcome::bothMicros), lost, doubled, startupSeconds, processes,
				timeline(complete, first), options.eventFormat(), topic);
	}

	private static Percentiles latency(List<Outcomes.Outcome> outcomes, ToLongFunction<Outcomes.Outcome> stored) {
		return Percentiles.of(outcomes.stream()
			.mapToDouble(o -> (stored.applyAsLong(o) - o.acceptedMicros()) / 1000.0)
			.toArray());
	}

	private static List<Result.Second> timeline(List<Outcomes.Outcome> complete, long first) {
		Map<Integer, List<Outcomes.Outcome>> acceptedIn = new TreeMap<>();
		Map<Integer, Integer> completedIn = new TreeMap<>();
		for (Outcomes.Outcome outcome : complete) {
			acceptedIn.computeIfAbsent(second(outcome.acceptedMicros(), first), s -> new ArrayList<>()).add(outcome);
			completedIn.merge(second(outcome.bothMicros(), first), 1, Integer::sum);
		}
		int seconds = Math.max(acceptedIn.keySet().stream().max(Integer::compare).orElse(0),
				completedIn.keySet().stream().max(Integer::compare).orElse(0));
		List<Result.Second> timeline = new ArrayList<>();
		for (int s = 0; s <= seconds; s++) {
			List<Outcomes.Outcome> in = acceptedIn.getOrDefault(s, List.of());
			Percentiles both = latency(in, Outcomes.Outcome::bothMicros);
			timeline.add(new Result.Second(s, in.size(), completedIn.getOrDefault(s, 0), both.p50(), both.p99()));
		}
		return timeline;
	}

	private static int second(long micros, long first) {
		return (int) ((micros - first) / 1_000_000);
	}

}
