package dev.orderflow.bonus.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.SortedMap;

import dev.orderflow.bonus.PointsChange;
import dev.orderflow.bonus.events.OrderEvent;
import dev.orderflow.kafka.consumer.format.EventFormatDeserializer;
import dev.orderflow.testsupport.AvroContracts;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bonus service's reader schema ({@code avro/order-bonus.avsc}: {@code totalAmount} with the alias
 * {@code total}) against every writer schema in {@code contracts/avro}: Avro's compatibility check in the build, and
 * the contract's example events of both versions read through the service's deserializer to the same points.
 */
class BonusReaderSchemaTest {

	static final String READER = "avro/order-bonus.avsc";

	final SortedMap<Integer, Schema> writers = AvroContracts.versions("order-created");

	final SchemaStore.Cache store = new SchemaStore.Cache();

	final OrderEventDeserializer deserializer = new OrderEventDeserializer(store);

	@BeforeEach
	void configure() {
		writers.values().forEach(store::addSchema);
		deserializer.configure(Map.of(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE, OrderEvent.class.getName(),
				EventFormatDeserializer.READER_SCHEMA, READER), false);
	}

	@AfterEach
	void close() {
		deserializer.close();
	}

	@Test
	void theBonusReaderSchemaReadsEveryWriterVersion() throws IOException {
		Schema reader;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(READER)) {
			reader = new Schema.Parser().parse(in);
		}

		assertThat(writers).hasSizeGreaterThanOrEqualTo(2);
		assertThat(AvroContracts.readerProblems(reader, writers)).isEmpty();
	}

	@Test
	void aVersion1EventsTotalIsReadThroughTheAlias() throws Exception {
		OrderEvent created = read(example(1), true);

		assertThat(created.total()).isEqualByComparingTo("113.97");
		assertThat(created.toPointsChange()).hasValue(new PointsChange.Earned(42, 2, "Grace Hopper", 113));
	}

	@Test
	void aVersion2EventsTotalAmountEarnsTheSamePoints() throws Exception {
		OrderEvent created = read(example(2), true);

		assertThat(created.currency()).isEqualTo("EUR");
		assertThat(created.toPointsChange()).hasValue(new PointsChange.Earned(42, 2, "Grace Hopper", 113));
	}

	@Test
	void anAvroDeadLetterRetriedWithoutItsHeadersIsReadAsTheOrderCreatedItIs() throws Exception {
		OrderEvent created = read(example(2), false);

		assertThat(created.eventType()).isEqualTo(OrderEvent.ORDER_CREATED);
	}

	@Test
	void anEventOfAnotherTypeIsNotReadAtAll() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(OrderEventDeserializer.EVENT_TYPE, "OrderChanged".getBytes(StandardCharsets.UTF_8));

		Object event = deserializer.deserialize("order", headers, "not even JSON".getBytes(StandardCharsets.UTF_8));

		assertThat(event).isEqualTo(OrderEvent.passedOver("OrderChanged"));
	}

	private OrderEvent read(byte[] avro, boolean withTypeHeader) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventFormatDeserializer.CONTENT_TYPE, "avro/binary".getBytes(StandardCharsets.UTF_8));
		if (withTypeHeader) {
			headers.add(OrderEventDeserializer.EVENT_TYPE, "OrderCreated".getBytes(StandardCharsets.UTF_8));
		}
		return (OrderEvent) deserializer.deserialize("order", headers, avro);
	}

	private static byte[] example(int version) throws IOException {
		return Files.readAllBytes(AvroContracts.DIRECTORY.resolve("order-created.v" + version + ".example.bin"));
	}

}
