package dev.orderflow.orderstate.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.orderflow.eventlog.BackgroundWorker;
import dev.orderflow.eventlog.EventLog;
import dev.orderflow.eventlog.LoggedEvent;
import dev.orderflow.order.Orders;
import dev.orderflow.orderstate.OrderState;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows the event log in position order and publishes, for each event, the order's state as it is now in the
 * orders table, keyed by the order id; for {@code OrderCancelled} a tombstone. At least once: the cursor moves only
 * past events whose record the broker acknowledged, so after a crash some states are sent again, which compaction
 * makes harmless. Independent of the relay (own cursor, own lock), so the event topic works as before.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
@EnableConfigurationProperties(OrderStateProperties.class)
class OrderStatePublisher extends BackgroundWorker {

	static final String CANCELLED = "OrderCancelled";

	private static final Logger log = LoggerFactory.getLogger(OrderStatePublisher.class);

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

	private final EventLog eventLog;

	private final Orders orders;

	private final OrderStateCursor cursor;

	private final KafkaTemplate<String, byte[]> kafka;

	private final KafkaAdmin admin;

	private final JsonMapper json;

	private final OrderStateProperties properties;

	private final TransactionTemplate transaction;

	private boolean topicReady;

	OrderStatePublisher(EventLog eventLog, Orders orders, OrderStateCursor cursor, KafkaTemplate<String, byte[]> kafka,
			KafkaAdmin admin, JsonMapper json, OrderStateProperties properties, TransactionTemplate transaction) {
		super("order-state", SEND_TIMEOUT);
		this.eventLog = eventLog;
		this.orders = orders;
		this.cursor = cursor;
		this.kafka = kafka;
		this.admin = admin;
		this.json = json;
		this.properties = properties;
		this.transaction = transaction;
	}

	@Override
	protected void round() throws InterruptedException {
		if (!topicReady) {
			admin.createOrModifyTopics(OrderStateTopic.of(properties));
			topicReady = true;
		}
		Integer published;
		do {
			published = transaction.execute(status -> publishBatch());
		}
		while (published != null && published == properties.batchSize());
		// A poll rather than the sequencer's signal, which wakes one waiter only and belongs to the relay.
		Thread.sleep(properties.pollInterval().toMillis());
	}

	private int publishBatch() {
		if (!cursor.tryLock()) {
			return 0;
		}
		long position = cursor.position();
		List<LoggedEvent> events = eventLog.between(position + 1, position + properties.batchSize());
		List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
		for (LoggedEvent event : events) {
			sends.add(record(event).map(kafka::send).orElse(CompletableFuture.completedFuture(null)));
		}
		long acknowledged = position;
		for (int i = 0; i < events.size(); i++) {
			try {
				sends.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				acknowledged = events.get(i).position();
			}
			catch (Exception ex) {
				log.warn("Kafka did not acknowledge the state after event {} ({}); it will be sent again",
						events.get(i).position(), ex.toString());
				break;
			}
		}
		cursor.moveTo(acknowledged);
		return (int) (acknowledged - position);
	}

	/** Empty for an event whose order is not in the table, which has no state to publish. */
	private Optional<ProducerRecord<String, byte[]>> record(LoggedEvent event) {
		String key = Long.toString(event.aggregateId());
		if (CANCELLED.equals(event.type())) {
			return Optional.of(withHeaders(new ProducerRecord<>(properties.topic(), key, null), event));
		}
		return orders.findById(event.aggregateId())
			.map(order -> json.writeValueAsBytes(OrderState.of(order, event.occurredAt())))
			.map(value -> withHeaders(new ProducerRecord<>(properties.topic(), key, value), event));
	}

	private static ProducerRecord<String, byte[]> withHeaders(ProducerRecord<String, byte[]> record,
			LoggedEvent event) {
		// Which event made this the latest state, for a reader who wants to look it up on the order topic.
		record.headers().add(new RecordHeader("event-id", event.eventId().toString().getBytes(StandardCharsets.UTF_8)));
		if (record.value() != null) {
			record.headers().add(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
		}
		return record;
	}

}
