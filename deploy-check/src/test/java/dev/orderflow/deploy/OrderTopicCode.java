package dev.orderflow.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * The names the consumers' shared code uses, read from that code (kafka-consumer-support) rather than repeated here:
 * the dead-letter listener's topic and group, and the dead-letter topics' size limit.
 */
final class OrderTopicCode {

	private static final String SUPPORT = "dev.orderflow.kafka.consumer.";

	private OrderTopicCode() {
	}

	/** The dead-letter topic a consumer service writes and reads back. */
	static String deadLetterTopic(ServiceConfig consumer, Map<String, String> environment) {
		return consumer.resolve(deadLetterListener().topics()[0], environment);
	}

	/** The group that reads the dead-letter topic back. */
	static String deadLetterGroup(ServiceConfig consumer, Map<String, String> environment) {
		return consumer.resolve(deadLetterListener().groupId(), environment);
	}

	static int deadLetterMaxBytes() {
		try {
			Field field = Class.forName(SUPPORT + "OrderTopicConsumerConfiguration")
				.getDeclaredField("DEAD_LETTER_MAX_BYTES");
			field.setAccessible(true);
			return field.getInt(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError("kafka-consumer-support no longer has DEAD_LETTER_MAX_BYTES", ex);
		}
	}

	private static KafkaListener deadLetterListener() {
		try {
			Class<?> recorder = Class.forName(SUPPORT + "deadletters.DeadLetterRecorder");
			return Arrays.stream(recorder.getDeclaredMethods())
				.map((Method m) -> m.getAnnotation(KafkaListener.class))
				.filter(listener -> listener != null)
				.findFirst()
				.orElseThrow(() -> new AssertionError("DeadLetterRecorder has no @KafkaListener"));
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("kafka-consumer-support no longer has DeadLetterRecorder", ex);
		}
	}

}
