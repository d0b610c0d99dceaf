package dev.orderflow.orderstate.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.orderflow.eventlog.EventLog;
import dev.orderflow.order.Address;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderRequest;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.testsupport.IsolatedService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The state topic on the real broker, with settings that make the broker compact it within seconds: superseded states
 * and, after {@code delete.retention.ms}, tombstones disappear, and what is left is exactly the current orders.
 */
@SpringBootTest(properties = { "orderflow.kafka.state.segment=100ms",
		"orderflow.kafka.state.min-cleanable-dirty-ratio=0.01", "orderflow.kafka.state.delete-retention=100ms",
		"orderflow.kafka.state.poll-interval=100ms", "orderflow.kafka.state.partitions=1" })
class OrderStateCompactionIntegrationTest {

	static final IsolatedService service = new IsolatedService("ordering");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	EventLog eventLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JsonMapper json;

	final String topic = service.topic() + "-state";

	@Test
	void compactionLeavesTheLatestStateOfEachOrderAndForgetsCancelledOnes() {
		long changed = place("1 Old Street").id();
		long cancelled = place("2 Gone Street").id();
		long unchanged = place("3 Quiet Street").id();
		changeStreet(changed, "1 Second Street");
		changeStreet(changed, "1 Final Street");
		append(LifecycleEvent.cancelled(cancelled));

		// Offsets 0-2 the placed orders, 3-4 the two changes, 5 the tombstone: one record per event, in log order.
		await().atMost(Duration.ofMinutes(1)).until(() -> StateTopicReader.written(topic) == 6);

		// Each round supersedes the unchanged order's state once more, which closes the segment (segment.ms) and gives
		// the cleaner dirty records to work on, until the superseded states and the tombstone are gone.
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			append(LifecycleEvent.changed(unchanged));
			List<StateTopicReader.Entry> now = StateTopicReader.readAll(topic);
			return StateTopicReader.count(now, Long.toString(changed)) == 1
					&& StateTopicReader.count(now, Long.toString(cancelled)) == 0;
		});

		List<StateTopicReader.Entry> compacted = StateTopicReader.readAll(topic);
		assertThat(StateTopicReader.of(compacted, Long.toString(changed))).as("only the latest of its three states")
			.extracting(StateTopicReader.Entry::offset)
			.containsExactly(4L);
		Map<String, String> rebuilt = StateTopicReader.latest(compacted);
		assertThat(rebuilt).containsOnlyKeys(Long.toString(changed), Long.toString(unchanged));
		JsonNode changedState = json.readTree(rebuilt.get(Long.toString(changed)));
		assertThat(changedState.get("shippingAddress").get("street").asString()).isEqualTo("1 Final Street");
		assertThat(changedState.get("status").asString()).isEqualTo("PLACED");
		assertThat(changedState.get("total").decimalValue()).isEqualByComparingTo("63.00");
		assertThat(json.readTree(rebuilt.get(Long.toString(unchanged))).get("shippingAddress").get("street").asString())
			.isEqualTo("3 Quiet Street");
	}

	private Order place(String street) {
		Address address = new Address(street, "02139", "Cambridge");
		return placeOrder.place(new OrderRequest(1, address, address,
				List.of(new OrderRequest.Line(1, 1), new OrderRequest.Line(2, 1))));
	}

	/** What the order lifecycle does for a corrected address: the row changes, and an event says so. */
	private void changeStreet(long orderId, String street) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("update orders set shipping_street = ? where id = ?").params(street, orderId).update();
			eventLog.append(LifecycleEvent.changed(orderId));
		});
	}

	private void append(LifecycleEvent event) {
		transaction.executeWithoutResult(status -> eventLog.append(event));
	}

}
