package dev.orderflow.kafka.consumer.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One deserializer, the format chosen per record by its content-type header; Avro records resolved against the
 * contract's writer schemas ({@code contracts/avro}) with a reader schema of a few fields.
 */
class EventFormatDeserializerTest {

	static final Path CONTRACTS = Path.of("../contracts");

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TestOrder(Long orderId, List<Line> lines, String occurredAt, String currency) {

		record Line(Long itemId, BigDecimal unitPrice, Integer count) {
		}

	}

	final SchemaStore.Cache writers = new SchemaStore.Cache();

	final EventFormatDeserializer deserializer = new EventFormatDeserializer(writers);

	@BeforeEach
	void configure() throws Exception {
		writers.addSchema(schema("order-created.v1.avsc"));
		writers.addSchema(schema("order-created.v2.avsc"));
		deserializer.configure(Map.of(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE, TestOrder.class.getName(),
				JacksonJsonDeserializer.USE_TYPE_INFO_HEADERS, false, EventFormatDeserializer.READER_SCHEMA,
				"avro/test-reader.avsc"), false);
	}

	@AfterEach
	void close() {
		deserializer.close();
	}

	@Test
	void aJsonRecordIsReadAsJson() throws Exception {
		Object order = deserializer.deserialize("order", headers("application/json"), json());

		assertThat(order).isEqualTo(new TestOrder(42L, exampleLines(), "2026-11-26T10:15:30.123456Z", null));
	}

	@Test
	void aRecordWithoutContentTypeIsReadAsJson() throws Exception {
		Object order = deserializer.deserialize("order", new RecordHeaders(), json());

		assertThat(order).extracting("orderId").isEqualTo(42L);
	}

	@Test
	void aVersion2AvroRecordIsResolvedIntoTheTargetTypeWithTheWrittenCurrency() throws Exception {
		Object order = deserializer.deserialize("order", headers("avro/binary"), example(2));

		assertThat(order).isEqualTo(new TestOrder(42L, exampleLines(), "2026-11-26T10:15:30.123456Z", "EUR"));
	}

	@Test
	void aVersion1AvroRecordGetsTheReadersDefaultForTheFieldItLacks() throws Exception {
		Object order = deserializer.deserialize("order", headers("avro/binary"), example(1));

		assertThat(order).isEqualTo(new TestOrder(42L, exampleLines(), "2026-11-26T10:15:30.123456Z", "XXX"));
	}

	@Test
	void anAvroRecordOfAnUnknownWriterSchemaFailsNamingItsFingerprint() throws Exception {
		SchemaStore.Cache onlyVersion1 = new SchemaStore.Cache();
		onlyVersion1.addSchema(schema("order-created.v1.avsc"));
		EventFormatDeserializer reader = new EventFormatDeserializer(onlyVersion1);
		reader.configure(Map.of(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE, TestOrder.class.getName(),
				EventFormatDeserializer.READER_SCHEMA, "avro/test-reader.avsc"), false);

		assertThatThrownBy(() -> reader.deserialize("order", headers("avro/binary"), example(2)))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("cannot resolve the writer schema of fingerprint b6f598208941388e");
	}

	@Test
	void bytesThatAreNoAvroRecordFail() {
		assertThatThrownBy(() -> deserializer.deserialize("order", headers("avro/binary"),
				"{\"orderId\": 42}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("not an Avro record");
	}

	@Test
	void anUnknownContentTypeFails() {
		assertThatThrownBy(() -> deserializer.deserialize("order", headers("application/xml"), json()))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("application/xml");
	}

	@Test
	void aRecordWithoutValueIsNull() {
		assertThat(deserializer.deserialize("order", headers("avro/binary"), (byte[]) null)).isNull();
	}

	private static List<TestOrder.Line> exampleLines() {
		return List.of(new TestOrder.Line(1L, new BigDecimal("42.00"), 2),
				new TestOrder.Line(6L, new BigDecimal("9.99"), 3));
	}

	private static RecordHeaders headers(String contentType) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventFormatDeserializer.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
		return headers;
	}

	private static byte[] json() {
		try {
			return Files.readAllBytes(CONTRACTS.resolve("order-created.v1.json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] example(int version) throws Exception {
		return Files.readAllBytes(CONTRACTS.resolve("avro/order-created.v" + version + ".example.bin"));
	}

	private static Schema schema(String file) throws Exception {
		return new Schema.Parser().parse(CONTRACTS.resolve("avro").resolve(file).toFile());
	}

}
