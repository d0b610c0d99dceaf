package dev.orderflow.bonus.events;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.orderflow.bonus.PointsChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer's half of the contracts in {@code contracts/}: the bonus service reads from the example events what
 * its points need. The event type comes from the record's header; here it is set as the Kafka adapter sets it.
 */
class OrderEventContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anOrderCreatedEarnsItsCustomerOnePointPerWholeEuroOfItsTotal() throws Exception {
		OrderEvent created = read("order-created.v1.json", OrderEvent.ORDER_CREATED);

		assertThat(created.toPointsChange()).hasValue(new PointsChange.Earned(42, 2, "Grace Hopper", 113));
	}

	@Test
	void anOrderCancelledTakesBackThatOrdersPoints() throws Exception {
		OrderEvent cancelled = read("order-cancelled.v1.json", OrderEvent.ORDER_CANCELLED);

		assertThat(cancelled.toPointsChange()).hasValue(new PointsChange.Cancelled(42));
	}

	@Test
	void anOrderChangedMovesNoPoints() throws Exception {
		OrderEvent changed = read("order-changed.v1.json", "OrderChanged");

		assertThat(changed.toPointsChange()).isEmpty();
	}

	@Test
	void fieldsTheBonusServiceDoesNotKnowAreIgnored() throws Exception {
		String contract = Files.readString(Path.of("../contracts/order-created.v1.json"));
		String extended = contract.replace("\"orderId\": 42,", "\"orderId\": 42, \"note\": {\"gift\": true},");

		OrderEvent created = json.readValue(extended, OrderEvent.class).withEventType(OrderEvent.ORDER_CREATED);

		assertThat(created.toPointsChange()).hasValue(new PointsChange.Earned(42, 2, "Grace Hopper", 113));
	}

	@Test
	void aCancellationWithoutOrderIdOrACreationWithoutTotalCanNeverBeBooked() {
		assertThatThrownBy(() -> json.readValue("{\"reason\": \"x\"}", OrderEvent.class)
			.withEventType(OrderEvent.ORDER_CANCELLED)
			.toPointsChange()).isInstanceOf(IncompleteEventException.class);
		assertThatThrownBy(() -> json.readValue("{\"orderId\": 3, \"customer\": {\"id\": 1}}", OrderEvent.class)
			.withEventType(OrderEvent.ORDER_CREATED)
			.toPointsChange()).isInstanceOf(IncompleteEventException.class);
	}

	private OrderEvent read(String contract, String eventType) throws Exception {
		return json.readValue(Files.readAllBytes(Path.of("../contracts", contract)), OrderEvent.class)
			.withEventType(eventType);
	}

}
