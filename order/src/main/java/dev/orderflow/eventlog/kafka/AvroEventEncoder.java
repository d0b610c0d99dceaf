package dev.orderflow.eventlog.kafka;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.orderflow.eventlog.LoggedEvent;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes events of one type in Avro's single-object encoding (marker, the writer schema's fingerprint, binary body)
 * with one version of the schema in {@code contracts/avro}; events of other types stay JSON. Before the first record
 * it publishes the schema to the compacted schema topic, keyed by fingerprint, and waits for the broker's
 * acknowledgement, so that a consumer that reads a record finds its schema there.
 */
class AvroEventEncoder implements EventEncoder {

	static final String CONTENT_TYPE = "avro/binary";

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	private final String eventType;

	private final int version;

	private final Schema schema;

	private final JsonToAvro toAvro;

	private final BinaryMessageEncoder<GenericRecord> encoder;

	private final JsonEventEncoder otherTypes = new JsonEventEncoder();

	private final KafkaTemplate<String, byte[]> kafka;

	private final KafkaAdmin admin;

	private final NewTopic schemaTopic;

	private boolean schemaPublished;

	AvroEventEncoder(String eventType, int version, Schema schema, KafkaTemplate<String, byte[]> kafka,
			KafkaAdmin admin, NewTopic schemaTopic) {
		this.eventType = eventType;
		this.version = version;
		this.schema = schema;
		this.toAvro = new JsonToAvro(schema);
		this.encoder = new BinaryMessageEncoder<>(GenericData.get(), schema);
		this.kafka = kafka;
		this.admin = admin;
		this.schemaTopic = schemaTopic;
	}

	@Override
	public void prepare() {
		if (schemaPublished) {
			return;
		}
		admin.createOrModifyTopics(schemaTopic);
		try {
			kafka.send(schemaTopic.name(), fingerprint(schema), schema.toString().getBytes(StandardCharsets.UTF_8))
				.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while publishing the writer schema", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the writer schema could not be published to " + schemaTopic.name(), ex);
		}
		schemaPublished = true;
	}

	@Override
	public EncodedEvent encode(LoggedEvent event) {
		if (!event.type().equals(eventType)) {
			return otherTypes.encode(event);
		}
		try {
			ByteBuffer encoded = encoder.encode(toAvro.convert(event.payload()));
			byte[] value = new byte[encoded.remaining()];
			encoded.get(value);
			return new EncodedEvent(value, CONTENT_TYPE, version);
		}
		catch (IOException ex) {
			throw new IllegalStateException("event " + event.position() + " cannot be written as Avro", ex);
		}
	}

	/** The schema topic's key: Avro's CRC-64 of the parsing canonical form, 16 hex digits. */
	static String fingerprint(Schema schema) {
		return String.format("%016x", SchemaNormalization.parsingFingerprint64(schema));
	}

}
