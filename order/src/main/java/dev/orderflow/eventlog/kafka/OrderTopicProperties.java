package dev.orderflow.eventlog.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic where the order events go
 * @param partitions how many partitions the topic is created with; consumer instances beyond this stay idle
 * @param replicas the replication factor it is created with
 * @param batchSize how many events one relay round publishes at most
 * @param pollInterval how often the relay looks for events sequenced by other instances of the service
 */
@ConfigurationProperties("orderflow.kafka")
record OrderTopicProperties(String topic, int partitions, short replicas, int batchSize, Duration pollInterval) {
}
