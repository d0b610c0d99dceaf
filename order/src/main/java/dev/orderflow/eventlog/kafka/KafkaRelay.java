package dev.orderflow.eventlog.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.orderflow.eventlog.BackgroundWorker;
import dev.orderflow.eventlog.EventLog;
import dev.orderflow.eventlog.EventSequencer;
import dev.orderflow.eventlog.LoggedEvent;
import io.micrometer.tracing.Span;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the event log to Kafka, in position order. One thread per instance; across instances only the one
 * holding the relay lock publishes, so several order instances do not send every event several times. An event is
 * marked published only after the broker acknowledged it ({@code acks=all}); if the service dies in between, the event
 * is sent again and the consumers' idempotence absorbs the duplicate. Off with {@code orderflow.transport=atom}, so
 * the service then needs no broker. Every event of one order goes to that order's partition ({@link OrderPartitions}).
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class KafkaRelay extends BackgroundWorker {

	private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

	private static final long RELAY_LOCK = 0x72656c6179L;

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

	private final EventLog eventLog;

	private final EventSequencer sequencer;

	private final KafkaTemplate<String, byte[]> kafka;

	private final EventEncoder encoder;

	private final KafkaAdmin admin;

	private final NewTopic topic;

	private final OrderTopicProperties properties;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final RelayObservation observation;

	private boolean topicReady;

	KafkaRelay(EventLog eventLog, EventSequencer sequencer, KafkaTemplate<String, byte[]> kafka,
			EventEncoder encoder, KafkaAdmin admin, NewTopic orderTopic, OrderTopicProperties properties,
			TransactionTemplate transaction, JdbcClient jdbc, RelayObservation observation) {
		super("kafka-relay", SEND_TIMEOUT);
		this.eventLog = eventLog;
		this.sequencer = sequencer;
		this.kafka = kafka;
		this.encoder = encoder;
		this.admin = admin;
		this.topic = orderTopic;
		this.properties = properties;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.observation = observation;
	}

	@Override
	protected void round() throws InterruptedException {
		relayAll();
		sequencer.awaitSequenced(properties.pollInterval());
	}

	private void relayAll() {
		if (!topicReady) {
			admin.createOrModifyTopics(topic);
			// Creates the producer now rather than at the first send: loading its classes took 9 to 20 s while the
			// request threads of the first orders held both cores, and every event waited for it (docs/performance.md).
			kafka.partitionsFor(properties.topic());
			topicReady = true;
		}
		encoder.prepare();
		Integer published;
		do {
			published = transaction.execute(status -> publishBatch());
		}
		while (published != null && published == properties.batchSize());
	}

	private int publishBatch() {
		boolean leader = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single();
		if (!leader) {
			return 0;
		}
		List<LoggedEvent> events = eventLog.unpublished(properties.batchSize());
		int partitions = kafka.partitionsFor(properties.topic()).size();
		List<CompletableFuture<SendResult<String, byte[]>>> sends = events.stream()
			.map(event -> send(event, partitions))
			.toList();
		List<Long> acknowledged = new ArrayList<>();
		// Only the acknowledged prefix counts, so a retry resends in log order.
		for (int i = 0; i < events.size(); i++) {
			try {
				sends.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				acknowledged.add(events.get(i).position());
			}
			catch (Exception ex) {
				log.warn("Kafka did not acknowledge event {} ({}); it will be sent again", events.get(i).position(),
						ex.toString());
				break;
			}
		}
		if (!acknowledged.isEmpty()) {
			eventLog.markPublished(acknowledged);
		}
		return acknowledged.size();
	}

	private CompletableFuture<SendResult<String, byte[]>> send(LoggedEvent event, int partitions) {
		EncodedEvent encoded = encoder.encode(event);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(properties.topic(),
				OrderPartitions.of(event.aggregateId(), partitions), event.key(), encoded.value());
		record.headers()
			.add(header("event-type", event.type()))
			.add(header("event-version", Integer.toString(encoded.version())))
			.add(header("event-id", event.eventId().toString()))
			.add(header("content-type", encoded.contentType()));
		Span span = observation.sending(event, record);
		return kafka.send(record).whenComplete((result, failure) -> observation.sent(event, span, failure));
	}

	private static RecordHeader header(String name, String value) {
		return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
