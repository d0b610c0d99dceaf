package dev.orderflow.eventlog.kafka;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log's JSON as a record of an Avro schema, field by field as the schema names them. A field the JSON
 * lacks is found under one of its aliases (a renamed field) or takes the schema's default (a field added later), so a
 * newer schema version needs no code here.
 */
class JsonToAvro {

	private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final Schema schema;

	JsonToAvro(Schema schema) {
		this.schema = schema;
	}

	GenericRecord convert(String payload) {
		return (GenericRecord) value(json.readTree(payload), schema, schema.getName());
	}

	private Object value(JsonNode node, Schema type, String path) {
		return switch (type.getType()) {
			case RECORD -> record(node, type, path);
			case ARRAY -> {
				List<Object> elements = new ArrayList<>();
				for (int i = 0; i < node.size(); i++) {
					elements.add(value(node.get(i), type.getElementType(), path + "[" + i + "]"));
				}
				yield elements;
			}
			case UNION -> union(node, type, path);
			case STRING -> node.asString();
			case INT -> node.intValue();
			case LONG -> type.getLogicalType() instanceof LogicalTypes.TimestampMicros ? micros(node)
					: node.longValue();
			case DOUBLE -> node.doubleValue();
			case BOOLEAN -> node.booleanValue();
			case BYTES -> decimal(node, type);
			default -> throw new IllegalArgumentException(path + ": no JSON mapping for Avro type " + type.getType());
		};
	}

	private GenericRecord record(JsonNode node, Schema type, String path) {
		GenericRecord record = new GenericData.Record(type);
		for (Schema.Field field : type.getFields()) {
			JsonNode value = field(node, field);
			if (value != null) {
				record.put(field.pos(), value(value, field.schema(), path + "." + field.name()));
			}
			else if (field.hasDefaultValue()) {
				record.put(field.pos(), GenericData.get().getDefaultValue(field));
			}
			else {
				throw new IllegalArgumentException(path + "." + field.name() + " is missing and has no default");
			}
		}
		return record;
	}

	private static JsonNode field(JsonNode node, Schema.Field field) {
		if (node.hasNonNull(field.name())) {
			return node.get(field.name());
		}
		return field.aliases().stream().filter(node::hasNonNull).map(node::get).findFirst().orElse(null);
	}

	private Object union(JsonNode node, Schema type, String path) {
		if (node.isNull()) {
			return null;
		}
		Schema branch = type.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
		return value(node, branch, path);
	}

	private static long micros(JsonNode node) {
		Instant instant = Instant.parse(node.asString());
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
	}

	private static Object decimal(JsonNode node, Schema type) {
		if (!(type.getLogicalType() instanceof LogicalTypes.Decimal decimal)) {
			throw new IllegalArgumentException("bytes without the decimal logical type have no JSON form here");
		}
		// Unnecessary: a price with more places than the schema holds is an error, not something to round away.
		BigDecimal value = node.decimalValue().setScale(decimal.getScale(), RoundingMode.UNNECESSARY);
		return DECIMALS.toBytes(value, type, decimal);
	}

}
