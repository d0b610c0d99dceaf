package dev.orderflow.kafka.consumer.format;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.orderflow.kafka.consumer.deadletters.DeadLetter;
import dev.orderflow.kafka.consumer.deadletters.DeadLetters;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.OrderCreatedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer of the order topic reading JSON and Avro records of both schema versions from one topic, against the
 * real broker, with the writer schemas on the schema topic as the order service publishes them
 * ({@link OrderCreatedRecords#publishEveryWriterSchema}). The topic must have one partition, so that records are
 * processed in the order they were sent. A consumer's {@code @SpringBootTest} extends it and says how it tells that an
 * order was stored and what it stored of the version-2 record.
 */
public abstract class MixedEventFormatsScenario {

	private static final AtomicLong orderIds = new AtomicLong(2000);

	@Autowired
	DeadLetters deadLetters;

	/** The consumer's isolated topics and schema, as its test registered them. */
	protected abstract IsolatedService service();

	/** Whether the consumer stored what the order with this id asks of it (a shipment, an invoice). */
	protected abstract boolean stored(long orderId);

	/** Asserts what it stored of the contract's version-2 Avro example, which has fields version 1 has not. */
	protected abstract void assertStoredFromVersion2(long orderId);

	@Test
	protected void jsonAndAvroRecordsOfBothVersionsInterleavedOnOneTopicAreAllStored() {
		long json = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service(), json);
		long v1 = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service(), v1, 1);
		long v2 = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service(), v2, 2);
		long jsonAgain = orderIds.incrementAndGet();
		OrderCreatedRecords.send(service(), jsonAgain);
		long v1Again = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service(), v1Again, 1);

		for (long orderId : List.of(json, v1, v2, jsonAgain, v1Again)) {
			await().atMost(Duration.ofSeconds(30)).until(() -> stored(orderId));
		}
		assertStoredFromVersion2(v2);
	}

	@Test
	protected void anAvroRecordWhoseWriterSchemaIsUnknownIsDeadLetteredWithThatReasonAndLaterOrdersFlow() {
		long unknown = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvroOfUnknownSchema(service(), unknown);
		long next = orderIds.incrementAndGet();
		OrderCreatedRecords.sendAvro(service(), next, 2);

		await().atMost(Duration.ofSeconds(30)).until(() -> stored(next));
		assertThat(stored(unknown)).isFalse();
		List<ConsumerRecord<String, byte[]>> dead = IsolatedService.readAll(service().deadLetterTopic(), 1,
				Duration.ofSeconds(30));
		assertThat(dead).singleElement().satisfies(record -> {
			assertThat(record.key()).isEqualTo(unknown + "created");
			assertThat(new String(record.headers().lastHeader("orderflow-dlt-reason").value()))
				.contains("cannot resolve the writer schema of fingerprint 0123456789abcdef");
		});
		DeadLetter stored = await().atMost(Duration.ofSeconds(30))
			.until(() -> deadLetters.findAll(PageRequest.of(0, 10)).getContent(), letters -> letters.size() == 1)
			.get(0);
		assertThat(stored.message()).contains("0123456789abcdef", service().schemaTopic());
	}

}
