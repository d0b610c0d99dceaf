package dev.orderflow.kafka.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic the topic the service consumes
 * @param deadLetterTopic where records that can never succeed go, one per consumer group
 * @param maxBackoff the longest pause between retries of a transient failure
 */
@ConfigurationProperties("orderflow.kafka")
public record ConsumerProperties(String topic, String deadLetterTopic, Duration maxBackoff) {
}
