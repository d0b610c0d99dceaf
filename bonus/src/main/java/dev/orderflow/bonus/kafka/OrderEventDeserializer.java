package dev.orderflow.bonus.kafka;

import java.nio.charset.StandardCharsets;

import dev.orderflow.bonus.events.OrderEvent;
import dev.orderflow.kafka.consumer.format.EventFormatDeserializer;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The shared JSON-or-Avro reading, plus the record's {@code event-type} header, which the bonus service needs because
 * it reads two event types into one type. Events of other types are not read at all: whatever their format or
 * shape, they can never end up as dead letters of a service that ignores them.
 * <p>
 * A dead letter that is retried comes without its headers. Stored as the consumer read it, its JSON carries the event
 * type; read as Avro, it is an OrderCreated, the only record the reader schema resolves.
 */
public class OrderEventDeserializer extends EventFormatDeserializer {

	public static final String EVENT_TYPE = "event-type";

	/** As Kafka creates it: the writer schemas come from the schema topic. */
	public OrderEventDeserializer() {
	}

	/** With the writer schemas from elsewhere, e.g. a test's. */
	public OrderEventDeserializer(SchemaStore writerSchemas) {
		super(writerSchemas);
	}

	@Override
	public Object deserialize(String topic, Headers headers, byte[] data) {
		String type = header(headers, EVENT_TYPE);
		if (type != null && !OrderEvent.isRead(type)) {
			return OrderEvent.passedOver(type);
		}
		OrderEvent event = (OrderEvent) super.deserialize(topic, headers, data);
		if (event == null) {
			return null;
		}
		if (type == null && event.eventType() == null && AVRO.equals(header(headers, CONTENT_TYPE))) {
			type = OrderEvent.ORDER_CREATED;
		}
		return type == null ? event : event.withEventType(type);
	}

	private static String header(Headers headers, String name) {
		Header header = headers == null ? null : headers.lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8).trim();
	}

}
