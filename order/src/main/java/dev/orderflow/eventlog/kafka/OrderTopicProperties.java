package dev.orderflow.eventlog.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic where the order events go
 * @param partitions how many partitions the topic is created with; consumer instances beyond this stay idle
 * @param replicas the replication factor it is created with
 * @param retention how long the topic keeps an event; {@code -1}, the default, keeps the whole history, which consumer
 * groups that join later read from the start
 * @param batchSize how many events one relay round publishes at most
 * @param pollInterval how often the relay looks for events sequenced by other instances of the service
 */
@ConfigurationProperties("orderflow.kafka")
record OrderTopicProperties(String topic, int partitions, short replicas, long retention, int batchSize,
		Duration pollInterval) {
}
