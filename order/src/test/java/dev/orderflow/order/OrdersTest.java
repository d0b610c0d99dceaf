package dev.orderflow.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.orderflow.testsupport.IsolatedService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import(Orders.class)
class OrdersTest {

	static final IsolatedService service = new IsolatedService("orders");

	private static final Address HOME = new Address("1 Main Street", "12345", "Springfield");

	private static final Address OFFICE = new Address("2 Side Street", "54321", "Shelbyville");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Autowired
	Orders orders;

	@Test
	void anAddedOrderIsFoundWithItsLinesAddressesAndCustomer() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<OrderLine> lines = List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2),
				new OrderLine(6, "USB-C cable", new BigDecimal("9.99"), 1));

		Order added = orders.add(2, "Grace Hopper", HOME, OFFICE, lines, now);

		assertThat(orders.findById(added.id())).contains(added);
		assertThat(added.total()).isEqualByComparingTo("93.99");
	}

	@Test
	void ordersArePagedNewestFirst() {
		List<Long> ids = java.util.stream.IntStream.range(0, 3)
			.mapToObj(i -> orders.add(1, "Ada Lovelace", HOME, HOME,
					List.of(new OrderLine(3, "iPod nano", new BigDecimal("1.00"), i + 1)), Instant.now()).id())
			.toList();

		Page<Order> first = orders.findAll(PageRequest.of(0, 2));

		assertThat(first.getContent()).extracting(Order::id).containsExactly(ids.get(2), ids.get(1));
		assertThat(first.getContent().get(0).lines()).extracting(OrderLine::count).containsExactly(3);
		assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(3);
	}

}
