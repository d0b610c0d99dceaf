package dev.orderflow.kafka.consumer.format;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Avro's generic values as the plain values Jackson maps into a record: maps, lists, strings,
 * {@link java.math.BigDecimal} for decimals and ISO-8601 text for timestamps, as in the JSON form of the event.
 */
final class AvroValues {

	private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

	private AvroValues() {
	}

	static Object plain(Object value, Schema schema) {
		if (value == null) {
			return null;
		}
		return switch (schema.getType()) {
			case RECORD -> record((GenericRecord) value, schema);
			case ARRAY -> {
				List<Object> list = new ArrayList<>();
				for (Object element : (Iterable<?>) value) {
					list.add(plain(element, schema.getElementType()));
				}
				yield list;
			}
			case MAP -> {
				Map<String, Object> map = new LinkedHashMap<>();
				((Map<?, ?>) value)
					.forEach((key, element) -> map.put(key.toString(), plain(element, schema.getValueType())));
				yield map;
			}
			case UNION -> plain(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
			case STRING, ENUM -> value.toString();
			case BYTES -> bytes((ByteBuffer) value, schema);
			case FIXED -> ((GenericData.Fixed) value).bytes();
			case LONG -> timestamp((Long) value, schema.getLogicalType());
			default -> value;
		};
	}

	private static Map<String, Object> record(GenericRecord record, Schema schema) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Schema.Field field : schema.getFields()) {
			fields.put(field.name(), plain(record.get(field.pos()), field.schema()));
		}
		return fields;
	}

	private static Object bytes(ByteBuffer value, Schema schema) {
		if (schema.getLogicalType() instanceof LogicalTypes.Decimal) {
			return DECIMALS.fromBytes(value.duplicate(), schema, schema.getLogicalType());
		}
		byte[] bytes = new byte[value.remaining()];
		value.duplicate().get(bytes);
		return bytes;
	}

	private static Object timestamp(long value, LogicalType type) {
		if (type instanceof LogicalTypes.TimestampMicros) {
			return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000)
				.toString();
		}
		if (type instanceof LogicalTypes.TimestampMillis) {
			return Instant.ofEpochMilli(value).toString();
		}
		return value;
	}

}
