package dev.orderflow.eventlog.kafka;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.orderflow.testsupport.AvroContracts;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's guard on the schema's evolution: every version in {@code contracts/avro} must read the events of every
 * version before it by Avro's resolution rules ({@code SchemaCompatibility}), so nobody can ship a version that makes
 * the history unreadable. (Each consumer checks its own reader schema against every version in its own build.)
 */
class OrderCreatedSchemaEvolutionTest {

	private final SortedMap<Integer, Schema> versions = AvroContracts.versions("order-created");

	@Test
	void everyVersionReadsTheEventsOfEveryVersionBeforeIt() {
		assertThat(versions).hasSizeGreaterThanOrEqualTo(2);

		assertThat(AvroContracts.evolutionProblems(versions)).isEmpty();
	}

	@Test
	void aVersion1EventReadWithVersion2HasItsTotalUnderTheNewNameAndTheDefaultCurrency() throws Exception {
		BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), versions.get(2));
		decoder.addSchema(versions.get(1));

		GenericRecord event = decoder.decode(Files.readAllBytes(
				AvroContracts.DIRECTORY.resolve("order-created.v1.example.bin")));

		assertThat(event.get("currency")).hasToString("EUR");
		Schema amount = versions.get(2).getField("totalAmount").schema();
		assertThat(new Conversions.DecimalConversion().fromBytes((ByteBuffer) event.get("totalAmount"),
				amount, amount.getLogicalType())).isEqualTo(new BigDecimal("113.97"));
	}

	@Test
	void aNewFieldWithoutADefaultIsRejected() {
		Schema next = withField(versions.get(versions.lastKey()),
				"{\"name\": \"addedWithoutDefault\", \"type\": \"string\"}");

		Map<String, List<String>> problems = AvroContracts.evolutionProblems(withNext(next));

		assertThat(problems).containsKey("v" + (versions.lastKey() + 1) + " reading v1");
		assertThat(problems.values()).allSatisfy(found -> assertThat(found)
			.anySatisfy(problem -> assertThat(problem).contains("READER_FIELD_MISSING_DEFAULT",
					"addedWithoutDefault")));
	}

	@Test
	void aFieldWhoseTypeChangesIncompatiblyIsRejected() {
		Schema next = new Schema.Parser().parse(versions.get(versions.lastKey())
			.toString()
			.replace("{\"name\":\"count\",\"type\":\"int\"}", "{\"name\":\"count\",\"type\":\"string\"}"));
		assertThat(next).isNotEqualTo(versions.get(versions.lastKey()));

		Map<String, List<String>> problems = AvroContracts.evolutionProblems(withNext(next));

		assertThat(problems).isNotEmpty();
		assertThat(problems.values()).allSatisfy(found -> assertThat(found)
			.anySatisfy(problem -> assertThat(problem).contains("TYPE_MISMATCH",
					"reader type: STRING not compatible with writer type: INT")));
	}

	private SortedMap<Integer, Schema> withNext(Schema next) {
		SortedMap<Integer, Schema> candidate = new TreeMap<>(versions);
		candidate.put(versions.lastKey() + 1, next);
		return candidate;
	}

	private static Schema withField(Schema schema, String field) {
		String json = schema.toString();
		return new Schema.Parser().parse(json.substring(0, json.lastIndexOf(']')) + "," + field + "]}");
	}

}
