package dev.orderflow.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisTest {

	private final BenchOptions options = BenchOptions.parse(List.of("--orders", "3"), Path.of("/tmp/orderflow"));

	@Test
	void anAcceptedOrderWithoutInvoiceCountsAsLostAndLatencyComesFromTheSystemsTimestamps() {
		List<Load.Sample> samples = List.of(new Load.Sample(0, 5_000_000, 201, 1), new Load.Sample(0, 7_000_000, 201, 2),
				new Load.Sample(0, 9_000_000, 400, 0));
		List<Outcomes.Outcome> outcomes = List.of(new Outcomes.Outcome(1, 1_000_000, 1_010_000, 1_030_000),
				new Outcomes.Outcome(2, 1_500_000, 1_520_000, 0));

		Result result = Analysis.of(options, samples, Map.of(), outcomes, new long[] { 2, 1 }, 1.0, 12.5, Map.of(), null);

		assertThat(result.accepted()).isEqualTo(2);
		assertThat(result.errors()).isEqualTo(1);
		assertThat(result.lost()).isEqualTo(1);
		assertThat(result.doubled()).isZero();
		assertThat(result.toShipmentMillis().p50()).isEqualTo(10.0);
		assertThat(result.toBothMillis().max()).isEqualTo(30.0);
		assertThat(result.httpMillis().max()).isEqualTo(7.0);
	}

	@Test
	void endToEndThroughputRunsFromFirstAcceptanceToLastOrderWithBothStored() {
		List<Load.Sample> samples = List.of(new Load.Sample(0, 1, 201, 1), new Load.Sample(0, 1, 201, 2));
		List<Outcomes.Outcome> outcomes = List.of(new Outcomes.Outcome(1, 0, 100_000, 200_000),
				new Outcomes.Outcome(2, 100_000, 300_000, 500_000));

		Result result = Analysis.of(options, samples, Map.of(), outcomes, new long[] { 2, 2 }, 1.0, 0, Map.of(), null);

		assertThat(result.endToEndPerSecond()).isEqualTo(4.0);
		assertThat(result.lost()).isZero();
	}

	@Test
	void rowsBeyondOnePerAcceptedOrderCountAsDoubled() {
		List<Load.Sample> samples = List.of(new Load.Sample(0, 1, 201, 1));
		List<Outcomes.Outcome> outcomes = List.of(new Outcomes.Outcome(1, 0, 1, 1));

		Result result = Analysis.of(options, samples, Map.of(), outcomes, new long[] { 2, 1 }, 1.0, 0, Map.of(), null);

		assertThat(result.doubled()).isEqualTo(1);
	}

}
