package dev.orderflow.benchmark;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

	@Test
	void percentilesOfOneToHundredAreTheNearestRanks() {
		double[] millis = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();

		Percentiles p = Percentiles.of(millis);

		assertThat(p).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
	}

	@Test
	void noSamplesGiveZeros() {
		assertThat(Percentiles.of(new double[0]).count()).isZero();
	}

}
