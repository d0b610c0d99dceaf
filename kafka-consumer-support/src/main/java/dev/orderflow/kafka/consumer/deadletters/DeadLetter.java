package dev.orderflow.kafka.consumer.deadletters;

import java.time.Instant;

/**
 * A record the consumer could never process, and why.
 *
 * @param originalTopic where the record was, with {@code originalPartition} and {@code originalOffset}
 * @param key the record's key, e.g. {@code 17created}
 * @param exception the class of the exception that made it a dead letter (the cause where there is one)
 * @param message that exception's message
 * @param payload the record's value as text (as the consumer read it, or the raw bytes if it could not), or
 * {@code null} for a record without value
 * @param failedAt when it went to the dead-letter topic
 */
public record DeadLetter(String originalTopic, int originalPartition, long originalOffset, String key,
		String exception, String message, String payload, Instant failedAt) {
}
