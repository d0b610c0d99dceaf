package dev.orderflow.bonus;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointsChangeTest {

	@Test
	void anOrderEarnsOnePointPerWholeEuroOfItsTotal() {
		assertThat(earned("113.97")).isEqualTo(113);
		assertThat(earned("100.00")).isEqualTo(100);
		assertThat(earned("0.99")).isZero();
		assertThat(earned("1")).isEqualTo(1);
	}

	@Test
	void anOrderCannotEarnNegativePoints() {
		assertThatThrownBy(() -> earned("-0.01")).isInstanceOf(IllegalArgumentException.class);
	}

	private static long earned(String total) {
		return PointsChange.Earned.forOrder(1, 2, "Ada", new BigDecimal(total)).points();
	}

}
