package dev.orderflow.order;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer's half of the contract in {@code contracts/}: this order is published as exactly that JSON. */
@JsonTest
class OrderCreatedContractTest {

	@Autowired
	JsonMapper json;

	@Test
	void orderCreatedIsPublishedAsTheContractSays() throws Exception {
		Order order = new Order(42, 2, "Grace Hopper", new Address("1 Harbour Road", "02139", "Cambridge"),
				new Address("7 Ledger Lane", "10001", "New York"),
				List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2),
						new OrderLine(6, "USB-C cable", new BigDecimal("9.99"), 3)),
				Instant.parse("2026-11-26T10:15:30.123456Z"));

		String published = json.writeValueAsString(OrderCreated.of(order));

		String contract = Files.readString(Path.of("../contracts/order-created.v1.json"));
		assertThat(json.readTree(published)).isEqualTo(json.readTree(contract));
	}

}
