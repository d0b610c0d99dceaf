package dev.orderflow.kafka.consumer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.orderflow.kafka.consumer.format.EventFormatDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/** Off with {@code orderflow.transport=atom}: no dead-letter topic to create, so the service needs no broker. */
@AutoConfiguration
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
@EnableConfigurationProperties(ConsumerProperties.class)
public class OrderTopicConsumerConfiguration {

	/**
	 * A dead letter carries the failed record plus headers naming the exception, so it can be larger than anything
	 * the order topic accepts (the broker's 1 MiB default). If the dead-letter topic refused it, the record could be
	 * neither processed nor set aside, and its partition would stop.
	 */
	private static final int DEAD_LETTER_MAX_BYTES = 8 * 1024 * 1024;

	/**
	 * The most specific cause's message on a dead letter. Spring Kafka's exception-message header holds the outermost
	 * message, which for every deserialization failure is only "failed to deserialize".
	 */
	public static final String REASON_HEADER = "orderflow-dlt-reason";

	@Bean
	NewTopic deadLetterTopic(ConsumerProperties properties) {
		return TopicBuilder.name(properties.deadLetterTopic())
			.partitions(1)
			.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(DEAD_LETTER_MAX_BYTES))
			.build();
	}

	/**
	 * Retries forever with growing pauses (a database outage must not skip records), except for records that can
	 * never succeed: those that cannot be deserialized (the default non-retryable exceptions) or that a listener
	 * declares unprocessable. They go to the dead-letter topic with the exception, the original topic, partition and
	 * offset in headers.
	 * <p>
	 * The listeners take a poll's records as a batch and name the failed record in a
	 * {@link org.springframework.kafka.listener.BatchListenerFailedException} (see {@link RecordBatch}): the records
	 * before it are committed, it alone is dead-lettered or retried. Should anything else ever reach the handler, it
	 * retries the whole batch; not reclassifying a changed exception keeps it retrying rather than dead-lettering the
	 * whole batch, valid records included, when a transient failure turns into one that can never succeed.
	 */
	@Bean
	DefaultErrorHandler orderTopicErrorHandler(ConsumerProperties properties, KafkaProperties kafka,
			ObjectProvider<MeterRegistry> meterRegistry) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate(kafka),
				(record, ex) -> new TopicPartition(properties.deadLetterTopic(), -1));
		recoverer.setHeadersFunction((record, ex) -> deadLetterHeaders(record.value(), ex));
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(properties.maxBackoff().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterRecoverer(recoverer), backOff);
		handler.addNotRetryableExceptions(UnprocessableRecordException.class, DataIntegrityViolationException.class);
		handler.setReclassifyOnExceptionChange(false);
		handler.setRetryListeners(new RecordFailures(meterRegistry.getIfAvailable(() -> Metrics.globalRegistry),
				properties.deadLetterTopic()));
		return handler;
	}

	/**
	 * A record that was read goes to the dead-letter topic as the consumer read it, in JSON, whatever format it came
	 * in; its own {@code content-type} (copied with its other headers) is overridden, as the last header wins. A record
	 * that could not be read keeps its original bytes and so its original content type.
	 */
	private static Headers deadLetterHeaders(Object value, Exception ex) {
		Headers headers = new RecordHeaders().add(REASON_HEADER, reason(ex));
		if (value != null) {
			headers.add(EventFormatDeserializer.CONTENT_TYPE,
					EventFormatDeserializer.JSON.getBytes(StandardCharsets.UTF_8));
		}
		return headers;
	}

	private static byte[] reason(Exception ex) {
		return String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Names each consumer after its instance and the address it serves HTTP on, e.g. client id
	 * {@code shipping-2@127.0.0.1:8082}, so that the broker's view of a group (the order service's pipeline page,
	 * Kafka's own tools) says which instance holds which partitions. No {@code -0} suffix: one consumer per instance.
	 */
	@Bean
	ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> instanceClientId(
			@Value("${orderflow.instance}") String instance, @Value("${server.address:127.0.0.1}") String address,
			@Value("${server.port:8080}") String port) {
		return container -> {
			container.getContainerProperties().setClientId(instance + "@" + address + ":" + port);
			container.setAlwaysClientIdSuffix(false);
		};
	}

	/** Named {@code kafka} in the health endpoint; the consumers' readiness group includes it. */
	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
		return new KafkaHealthIndicator(kafka.buildAdminProperties());
	}

	@Bean
	ConsumerAwareRebalanceListener partitionAssignmentLogger(@Value("${orderflow.instance}") String instance) {
		return new PartitionAssignmentLogger(instance);
	}

	/**
	 * A record that failed deserialization still has its original bytes; one that failed later is an object. The
	 * dead-letter topic receives either, so the template picks the serializer by type.
	 */
	private static KafkaTemplate<String, Object> deadLetterTemplate(KafkaProperties kafka) {
		Map<Class<?>, Serializer<?>> serializers = new LinkedHashMap<>();
		serializers.put(byte[].class, new ByteArraySerializer());
		serializers.put(Object.class, new JacksonJsonSerializer<>());
		Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
		producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, DEAD_LETTER_MAX_BYTES);
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, Object>(producer, new StringSerializer(),
				new DelegatingByTypeSerializer(serializers, true)));
	}

}
