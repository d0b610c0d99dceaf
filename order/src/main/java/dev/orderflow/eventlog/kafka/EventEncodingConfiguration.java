package dev.orderflow.eventlog.kafka;

import java.io.IOException;
import java.io.InputStream;

import dev.orderflow.order.OrderCreated;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Which form the relay publishes: {@code orderflow.event-format} {@code json} (the event log's JSON as it is) or
 * {@code avro} (order-created events with the writer schema {@code orderflow.event-schema-version} of
 * {@code contracts/avro}). The consumers read either, record by record, so the format can change while they run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class EventEncodingConfiguration {

	@Bean
	EventEncoder eventEncoder(@Value("${orderflow.event-format}") String format,
			@Value("${orderflow.event-schema-version}") int version,
			@Value("${orderflow.kafka.schema-topic}") String schemaTopic, KafkaTemplate<String, byte[]> kafka,
			KafkaAdmin admin) {
		return switch (format) {
			case "json" -> new JsonEventEncoder();
			case "avro" -> new AvroEventEncoder(OrderCreated.TYPE, version, writerSchema(version), kafka, admin,
					schemaTopic(schemaTopic));
			default -> throw new IllegalStateException("orderflow.event-format is json or avro, not '" + format + "'");
		};
	}

	/**
	 * Compacted: only the newest record per fingerprint is needed, and compaction never deletes it, so a consumer
	 * reading the topic years later still finds every schema ever written.
	 */
	private static NewTopic schemaTopic(String name) {
		return TopicBuilder.name(name)
			.partitions(1)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	/** Copied into the jar from {@code contracts/avro} at build time (see the pom). */
	static Schema writerSchema(int version) {
		String resource = "contracts/avro/order-created.v" + version + ".avsc";
		try (InputStream in = EventEncodingConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no writer schema version " + version + " (" + resource + ")");
			}
			return new Schema.Parser().parse(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(resource + " cannot be read", ex);
		}
	}

}
