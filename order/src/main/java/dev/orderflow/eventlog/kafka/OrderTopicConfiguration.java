package dev.orderflow.eventlog.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
@EnableConfigurationProperties(OrderTopicProperties.class)
class OrderTopicConfiguration {

	/**
	 * The order service owns the topic and creates it; the broker's auto-creation would pick the wrong settings. Its
	 * retention is set on the topic itself, so that a cluster's default (often seven days) cannot delete the history.
	 */
	@Bean
	NewTopic orderTopic(OrderTopicProperties properties) {
		return TopicBuilder.name(properties.topic())
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.retention()))
			.build();
	}

}
