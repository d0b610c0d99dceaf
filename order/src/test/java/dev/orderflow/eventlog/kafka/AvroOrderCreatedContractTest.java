package dev.orderflow.eventlog.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import dev.orderflow.testsupport.AvroContracts;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's half of the Avro contract: the contract's example order (whose JSON {@code OrderCreatedContractTest}
 * pins) is written, with each schema version in {@code contracts/avro}, as exactly the example bytes next to it,
 * which the consumers' tests read.
 */
class AvroOrderCreatedContractTest {

	@Test
	void theExampleOrderIsWrittenAsTheContractsBytesWithEverySchemaVersion() throws Exception {
		String json = Files.readString(Path.of("../contracts/order-created.v1.json"));
		SortedMap<Integer, Schema> versions = AvroContracts.versions("order-created");
		assertThat(versions).containsKeys(1, 2);

		versions.forEach((version, contract) -> {
			Schema packaged = EventEncodingConfiguration.writerSchema(version);
			assertThat(packaged).as("schema v%d in the jar", version).isEqualTo(contract);
			try {
				byte[] expected = Files.readAllBytes(AvroContracts.DIRECTORY.resolve(
						"order-created.v" + version + ".example.bin"));
				assertThat(encode(packaged, json)).as("v%d", version).isEqualTo(expected);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Test
	void version2TakesTheTotalUnderItsNewNameAndTheDefaultCurrency() {
		String json = "{\"orderId\": 7, \"occurredAt\": \"2026-11-26T10:15:30Z\", "
				+ "\"customer\": {\"id\": 2, \"name\": \"Grace Hopper\"}, "
				+ "\"shippingAddress\": {\"street\": \"s\", \"zip\": \"z\", \"city\": \"c\"}, "
				+ "\"billingAddress\": {\"street\": \"s\", \"zip\": \"z\", \"city\": \"c\"}, "
				+ "\"lines\": [], \"total\": 12.5}";

		GenericRecord record = new JsonToAvro(EventEncodingConfiguration.writerSchema(2)).convert(json);

		assertThat(record.get("currency")).hasToString("EUR");
		assertThat(record.get("totalAmount")).isEqualTo(ByteBuffer.wrap(new BigDecimal("12.50")
			.unscaledValue().toByteArray()));
		assertThat(record.get("occurredAt")).isEqualTo(1_795_688_130_000_000L);
	}

	private static byte[] encode(Schema schema, String json) {
		try {
			ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
				.encode(new JsonToAvro(schema).convert(json));
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
