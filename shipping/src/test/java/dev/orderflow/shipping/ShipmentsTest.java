package dev.orderflow.shipping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.orderflow.testsupport.IsolatedService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(Shipments.class)
class ShipmentsTest {

	static final IsolatedService service = new IsolatedService("shipments");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Autowired
	Shipments shipments;

	@Test
	void aSecondShipmentForTheSameOrderIsNotAdded() {
		Shipment first = shipment(1, "1 Main Street");

		assertThat(shipments.addAllIfAbsent(List.of(first))).containsExactly(1L);
		assertThat(shipments.addAllIfAbsent(List.of(shipment(1, "somewhere else")))).isEmpty();

		assertThat(shipments.findByOrderId(1)).contains(first);
	}

	@Test
	void manyShipmentsAreAddedAtOnceEachWithItsLinesAndAnOrderTwiceInTheListOnce() {
		Shipment known = shipment(20, "known");
		shipments.addAllIfAbsent(List.of(known));
		Shipment twice = shipment(22, "first delivery");

		assertThat(shipments.addAllIfAbsent(List.of(shipment(21, "a"), known, twice, shipment(22, "second delivery"),
				shipment(23, "c")))).containsExactlyInAnyOrder(21L, 22L, 23L);

		assertThat(shipments.findByOrderId(22)).contains(twice);
		assertThat(shipments.findByOrderId(20)).contains(known);
		assertThat(shipments.findByOrderId(23)).hasValueSatisfying(shipment -> {
			assertThat(shipment.address().street()).isEqualTo("c");
			assertThat(shipment.lines()).containsExactly(new ShipmentLine(1, "iPod", 2), new ShipmentLine(3, "iPod nano", 1));
		});
	}

	@Test
	void shipmentsArePagedNewestFirst() {
		shipments.addAllIfAbsent(List.of(shipment(10, "a")));
		shipments.addAllIfAbsent(List.of(shipment(11, "b")));

		assertThat(shipments.findAll(PageRequest.of(0, 1)).getContent()).extracting(Shipment::orderId)
			.containsExactly(11L);
	}

	private static Shipment shipment(long orderId, String street) {
		return new Shipment(orderId, "Ada", new Address(street, "12345", "Springfield"),
				List.of(new ShipmentLine(1, "iPod", 2), new ShipmentLine(3, "iPod nano", 1)),
				Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

}
