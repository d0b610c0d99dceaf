package dev.orderflow.kafka.consumer.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.orderflow.kafka.consumer.OrderTopicConsumerConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;

import static dev.orderflow.kafka.consumer.format.EventFormatDeserializer.CONTENT_TYPE;

/**
 * Reads this consumer's dead-letter topic back into its own table, so that dead letters can be listed without a
 * Kafka tool. The headers Spring Kafka put on each dead letter say where the record was and why it failed.
 */
class DeadLetterRecorder {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

	private final DeadLetters deadLetters;

	DeadLetterRecorder(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@KafkaListener(topics = "${orderflow.kafka.dead-letter-topic}",
			groupId = "${spring.kafka.consumer.group-id}-dead-letters",
			containerFactory = DeadLetterStoreConfiguration.CONTAINER_FACTORY)
	void on(ConsumerRecord<String, byte[]> record) {
		DeadLetter letter = DeadLetter.arrived(text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
				(int) number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
				number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET), record.key(), exception(record),
				reason(record), Instant.ofEpochMilli(record.timestamp()));
		if (!deadLetters.add(letter, new DeadLetters.Payload(record.value(), text(record, CONTENT_TYPE),
				text(record, DeadLetterProcessor.EVENT_TYPE), text(record, DeadLetterProcessor.EVENT_ID)))) {
			log.debug("Dead letter for {}-{}@{} was stored before", letter.originalTopic(), letter.originalPartition(),
					letter.originalOffset());
		}
	}

	/** The root cause's message, which says what was wrong; Spring Kafka's own header as older dead letters have. */
	private static String reason(ConsumerRecord<String, byte[]> record) {
		String reason = text(record, OrderTopicConsumerConfiguration.REASON_HEADER);
		return reason != null ? reason : text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
	}

	/** The cause is the one that says what was wrong; the outer exception is mostly Spring's wrapper. */
	private static String exception(ConsumerRecord<String, byte[]> record) {
		String cause = text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
		return cause != null ? cause : String.valueOf(text(record, KafkaHeaders.DLT_EXCEPTION_FQCN));
	}

	private static String text(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** Spring Kafka writes the partition as 4 bytes and the offset as 8. */
	private static long number(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		if (header == null) {
			return -1;
		}
		ByteBuffer value = ByteBuffer.wrap(header.value());
		return header.value().length == Integer.BYTES ? value.getInt() : value.getLong();
	}

}
