package dev.orderflow.order;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer's half of the lifecycle contracts in {@code contracts/}: these changes are published as exactly that. */
@JsonTest
class OrderLifecycleContractTest {

	@Autowired
	JsonMapper json;

	final Order order = new Order(42, 2, "Grace Hopper", new Address("3 Quay Street", "02139", "Cambridge"),
			new Address("7 Ledger Lane", "10001", "New York"), List.of(), Instant.parse("2026-11-26T10:15:30.123456Z"));

	@Test
	void orderChangedIsPublishedAsTheContractSays() throws Exception {
		String published = json.writeValueAsString(OrderChanged.of(order, Instant.parse("2026-11-26T11:02:07.654321Z")));

		assertThat(json.readTree(published)).isEqualTo(contract("order-changed.v1.json"));
	}

	@Test
	void orderCancelledIsPublishedAsTheContractSays() throws Exception {
		String published = json.writeValueAsString(
				new OrderCancelled(42, Instant.parse("2026-11-26T11:30:00.000001Z"), "Ordered twice by mistake"));

		assertThat(json.readTree(published)).isEqualTo(contract("order-cancelled.v1.json"));
	}

	@Test
	void theEventsKeysFollowTheSeed() {
		assertThat(OrderChanged.of(order, Instant.EPOCH).key()).isEqualTo("42changed");
		assertThat(new OrderCancelled(42, Instant.EPOCH, null).key()).isEqualTo("42cancelled");
	}

	private Object contract(String name) throws Exception {
		return json.readTree(Files.readString(Path.of("../contracts/" + name)));
	}

}
