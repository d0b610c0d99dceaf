package dev.orderflow.kafka.consumer.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.util.ClassUtils;

/**
 * The value deserializer of the order topic's consumers, meant to be the delegate of an
 * {@code ErrorHandlingDeserializer}: decides per record, by its {@code content-type} header, between the JSON path
 * (Spring's {@link JacksonJsonDeserializer}) and Avro. Both produce the one fixed target type
 * ({@code spring.json.value.default.type}); type headers are never trusted. A running system can therefore switch
 * the producer between formats without a consumer misreading a record written before the switch.
 *
 * <p>Configured, besides the JSON deserializer's own properties, with {@value #READER_SCHEMA} (a classpath resource
 * holding the consumer's reader schema) and {@value #SCHEMA_TOPIC} (where the writers' schemas are published).
 */
public class EventFormatDeserializer implements Deserializer<Object> {

	/** The content type of a JSON record; also assumed for a record without the header. */
	public static final String JSON = "application/json";

	/** The content type of an Avro record in single-object encoding. */
	public static final String AVRO = "avro/binary";

	public static final String CONTENT_TYPE = "content-type";

	public static final String READER_SCHEMA = "orderflow.avro.reader-schema";

	public static final String SCHEMA_TOPIC = "orderflow.avro.schema-topic";

	private final JacksonJsonDeserializer<Object> json = new JacksonJsonDeserializer<>();

	private SchemaStore writerSchemas;

	private AvroEventReader avro;

	/** As Kafka creates it: the writer schemas come from the schema topic. */
	public EventFormatDeserializer() {
	}

	/** With the writer schemas from elsewhere, e.g. a test's; {@value #SCHEMA_TOPIC} is then not needed. */
	public EventFormatDeserializer(SchemaStore writerSchemas) {
		this.writerSchemas = writerSchemas;
	}

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		json.configure(configs, isKey);
		Class<?> target = targetType(configs.get(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE));
		if (writerSchemas == null) {
			writerSchemas = new WriterSchemaTopic(WriterSchemaTopic.connectionSettings(configs),
					required(configs, SCHEMA_TOPIC));
		}
		avro = new AvroEventReader(readerSchema(required(configs, READER_SCHEMA)), writerSchemas, target);
	}

	@Override
	public Object deserialize(String topic, byte[] data) {
		return json.deserialize(topic, data);
	}

	@Override
	public Object deserialize(String topic, Headers headers, byte[] data) {
		if (data == null) {
			return null;
		}
		String contentType = contentType(headers);
		if (contentType == null || contentType.startsWith(JSON)) {
			return json.deserialize(topic, headers, data);
		}
		if (contentType.equals(AVRO)) {
			return avro.read(data);
		}
		throw new SerializationException("content-type '" + contentType + "' is neither " + JSON + " nor " + AVRO);
	}

	@Override
	public void close() {
		json.close();
		if (writerSchemas instanceof WriterSchemaTopic topic) {
			topic.close();
		}
	}

	private static String contentType(Headers headers) {
		Header header = headers == null ? null : headers.lastHeader(CONTENT_TYPE);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8).trim();
	}

	private static String required(Map<String, ?> configs, String name) {
		Object value = configs.get(name);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException(name + " is not configured");
		}
		return value.toString();
	}

	private static Class<?> targetType(Object configured) {
		if (configured instanceof Class<?> type) {
			return type;
		}
		if (configured == null) {
			throw new IllegalStateException(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE + " is not configured");
		}
		return ClassUtils.resolveClassName(configured.toString().trim(), ClassUtils.getDefaultClassLoader());
	}

	static Schema readerSchema(String resource) {
		try (InputStream in = ClassUtils.getDefaultClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("reader schema " + resource + " is not on the classpath");
			}
			return new Schema.Parser().parse(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("reader schema " + resource + " cannot be read", ex);
		}
	}

}
