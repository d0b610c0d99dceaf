package dev.orderflow.kafka.consumer.format;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WriterSchemaTopicTest {

	@Test
	void theSchemaTopicIsReadOverTheListenersConnectionAndLoginButNotWithItsGroupOrDeserializers() {
		Map<String, Object> listener = Map.of("bootstrap.servers", "broker:9093", "security.protocol", "SASL_SSL",
				"sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "ScramLoginModule required username=\"shipping\";",
				"ssl.truststore.location", "/etc/orderflow/ca.crt", "ssl.truststore.type", "PEM", "group.id", "shipping",
				"value.deserializer", EventFormatDeserializer.class, "max.poll.records", 500);

		assertThat(WriterSchemaTopic.connectionSettings(listener)).containsOnlyKeys("bootstrap.servers",
				"security.protocol", "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.location",
				"ssl.truststore.type");
	}

}
