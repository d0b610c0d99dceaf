package dev.orderflow.kafka.consumer.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an Avro single-object-encoded record (marker, the writer schema's 64-bit fingerprint, binary body) with the
 * consumer's reader schema, resolved against the writer schema by Avro's rules: fields the reader does not name are
 * skipped, fields the writer lacks get the reader's defaults, aliases follow renames. The result goes into the
 * consumer's own type through the same Jackson mapping as JSON records.
 */
final class AvroEventReader {

	private final BinaryMessageDecoder<GenericRecord> decoder;

	private final Schema readerSchema;

	private final SchemaStore writerSchemas;

	private final Class<?> target;

	private final JsonMapper mapper = JsonMapper.builder().build();

	AvroEventReader(Schema readerSchema, SchemaStore writerSchemas, Class<?> target) {
		this.decoder = new BinaryMessageDecoder<>(GenericData.get(), readerSchema, writerSchemas);
		this.readerSchema = readerSchema;
		this.writerSchemas = writerSchemas;
		this.target = target;
	}

	Object read(byte[] data) {
		GenericRecord record;
		try {
			record = decoder.decode(data);
		}
		catch (MissingSchemaException ex) {
			throw new SerializationException("cannot resolve the writer schema of fingerprint "
					+ String.format("%016x", fingerprint(data)) + ": it is not on " + writerSchemas);
		}
		catch (IOException | AvroRuntimeException ex) {
			throw new SerializationException("not an Avro record this consumer can read: " + ex.getMessage(), ex);
		}
		try {
			return mapper.convertValue(AvroValues.plain(record, readerSchema), target);
		}
		catch (RuntimeException ex) {
			throw new SerializationException("Avro record does not fit " + target.getSimpleName() + ": "
					+ ex.getMessage(), ex);
		}
	}

	/** Bytes 2 to 9 of the single-object encoding, little-endian. */
	private static long fingerprint(byte[] data) {
		return ByteBuffer.wrap(data, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
	}

}
