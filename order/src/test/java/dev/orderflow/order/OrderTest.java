package dev.orderflow.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderTest {

	private static final Address ADDRESS = new Address("1 Main Street", "12345", "Springfield");

	@Test
	void totalIsTheSumOfUnitPriceTimesCountOverAllLines() {
		Order order = new Order(1, 1, "Ada", ADDRESS, ADDRESS, List.of(
				new OrderLine(1, "iPod", new BigDecimal("42.00"), 2),
				new OrderLine(6, "USB-C cable", new BigDecimal("9.99"), 3)), Instant.now());

		assertThat(order.total()).isEqualByComparingTo("113.97");
	}

	@Test
	void eventKeyIsTheOrderIdFollowedByCreatedAsInTheSeed() {
		Order order = new Order(17, 1, "Ada", ADDRESS, ADDRESS,
				List.of(new OrderLine(1, "iPod", BigDecimal.ONE, 1)), Instant.now());

		assertThat(OrderCreated.of(order).key()).isEqualTo("17created");
	}

}
