package dev.orderflow.shipping.events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.SortedMap;

import dev.orderflow.kafka.consumer.format.EventFormatDeserializer;
import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentLine;
import dev.orderflow.testsupport.AvroContracts;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shipping's reader schema ({@code avro/order-to-ship.avsc}, written against version 1 of the event) against every
 * writer schema in {@code contracts/avro}: Avro's compatibility check in the build, and the contract's example events
 * read through the consumers' deserializer, newer fields ignored.
 */
class ShippingReaderSchemaTest {

	static final String READER = "avro/order-to-ship.avsc";

	final SortedMap<Integer, Schema> writers = AvroContracts.versions("order-created");

	@Test
	void shippingsReaderSchemaReadsEveryWriterVersion() throws Exception {
		Schema reader = new Schema.Parser().parse(getClass().getClassLoader().getResourceAsStream(READER));

		assertThat(writers).hasSizeGreaterThanOrEqualTo(2);
		assertThat(AvroContracts.readerProblems(reader, writers)).isEmpty();
	}

	@ParameterizedTest(name = "version {0}")
	@ValueSource(ints = { 1, 2 })
	void theContractsAvroEventOfEachVersionBecomesTheSameShipmentAsItsJson(int version) throws Exception {
		SchemaStore.Cache store = new SchemaStore.Cache();
		writers.values().forEach(store::addSchema);
		try (EventFormatDeserializer deserializer = new EventFormatDeserializer(store)) {
			deserializer.configure(Map.of(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE, OrderToShip.class.getName(),
					EventFormatDeserializer.READER_SCHEMA, READER), false);
			RecordHeaders headers = new RecordHeaders();
			headers.add(EventFormatDeserializer.CONTENT_TYPE, "avro/binary".getBytes(StandardCharsets.UTF_8));

			Shipment shipment = ((OrderToShip) deserializer.deserialize("order", headers, Files.readAllBytes(
					AvroContracts.DIRECTORY.resolve("order-created.v" + version + ".example.bin")))).toShipment();

			assertThat(shipment.orderId()).isEqualTo(42);
			assertThat(shipment.customerName()).isEqualTo("Grace Hopper");
			assertThat(shipment.address()).isEqualTo(new Address("1 Harbour Road", "02139", "Cambridge"));
			assertThat(shipment.lines()).containsExactly(new ShipmentLine(1, "iPod", 2),
					new ShipmentLine(6, "USB-C cable", 3));
		}
	}

}
