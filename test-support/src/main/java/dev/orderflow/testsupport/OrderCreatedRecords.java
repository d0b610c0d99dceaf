package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;

/**
 * Order-created records as the consumers' tests send them: the contract's example event, as JSON or in Avro with a
 * schema version of {@code contracts/avro}, with an order id of the test's choosing, and the kinds of record no
 * consumer can ever process.
 */
public final class OrderCreatedRecords {

	/** The headers the order service's relay puts on an order-created record. */
	public static final Map<String, String> HEADERS = Map.of("event-type", "OrderCreated", "event-version", "1");

	/** A fingerprint no schema in {@code contracts/avro} has. */
	public static final long UNKNOWN_FINGERPRINT = 0x0123456789abcdefL;

	private OrderCreatedRecords() {
	}

	/** The relay's headers on an Avro record written with this schema version. */
	public static Map<String, String> avroHeaders(int version) {
		return Map.of("event-type", "OrderCreated", "event-version", String.valueOf(version), "content-type",
				"avro/binary");
	}

	/**
	 * {@code contracts/avro/order-created.v<version>.example.bin} (single-object encoding) with another order id.
	 */
	public static byte[] avro(long orderId, int version) {
		Schema schema = AvroContracts.versions("order-created").get(version);
		try {
			Path example = AvroContracts.DIRECTORY.resolve("order-created.v" + version + ".example.bin");
			GenericRecord event = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), schema)
				.decode(Files.readAllBytes(example));
			event.put("orderId", orderId);
			ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(event);
			byte[] bytes = new byte[encoded.remaining()];
			encoded.get(bytes);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Publishes a writer schema version to the service's schema topic, as the order service does. */
	public static void publishWriterSchema(IsolatedService service, int version) {
		Schema schema = AvroContracts.versions("order-created").get(version);
		service.send(service.schemaTopic(), String.format("%016x", SchemaNormalization.parsingFingerprint64(schema)),
				schema.toString().getBytes(StandardCharsets.UTF_8), Map.of());
	}

	/** Publishes every writer schema version of the contract, as the order service has over time. */
	public static void publishEveryWriterSchema(IsolatedService service) {
		AvroContracts.versions("order-created").keySet().forEach(version -> publishWriterSchema(service, version));
	}

	/** Sends the contract's Avro event with this schema version and order id, with the relay's headers. */
	public static void sendAvro(IsolatedService service, long orderId, int version) {
		service.send(orderId + "created", avro(orderId, version), avroHeaders(version));
	}

	/** Sends the contract's version 1 Avro event claiming a writer schema nobody published. */
	public static void sendAvroOfUnknownSchema(IsolatedService service, long orderId) {
		byte[] value = avro(orderId, 1);
		ByteBuffer.wrap(value, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(UNKNOWN_FINGERPRINT);
		service.send(orderId + "created", value, avroHeaders(1));
	}

	/** {@code contracts/order-created.v1.json} with another order id; read from a module directory. */
	public static String json(long orderId) {
		try {
			return Files.readString(Path.of("../contracts/order-created.v1.json"))
				.replace("\"orderId\": 42", "\"orderId\": " + orderId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the contract's event for this order id with the relay's headers, keyed {@code <id>created}. */
	public static void send(IsolatedService service, long orderId) {
		service.send(orderId + "created", json(orderId).getBytes(StandardCharsets.UTF_8), HEADERS);
	}

	/**
	 * Sends four records that can never be processed, keyed {@code 1created} to {@code 4created}: not JSON, JSON of the
	 * wrong shape, an event missing its required fields, and a null value.
	 */
	public static void sendPoison(IsolatedService service) {
		service.send("1created", "this is not JSON".getBytes(StandardCharsets.UTF_8), HEADERS);
		service.send("2created", "{\"orderId\": {\"nested\": true}}".getBytes(StandardCharsets.UTF_8), HEADERS);
		service.send("3created", "{\"orderId\": 3}".getBytes(StandardCharsets.UTF_8), HEADERS);
		service.send("4created", null, HEADERS);
	}

}
