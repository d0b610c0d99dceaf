package dev.orderflow.kafka.consumer.deadletters;

import java.time.Instant;

/**
 * A record the consumer could never process, why, and what an admin did about it.
 *
 * @param originalTopic where the record was, with {@code originalPartition} and {@code originalOffset}
 * @param key the record's key, e.g. {@code 17created}
 * @param exception the class of the exception that made it a dead letter (the cause where there is one), or that
 * made its last retry fail
 * @param message that exception's message
 * @param payload the record's value as text (as the consumer read it, or the raw bytes if it could not), or
 * {@code null} for a record without value
 * @param failedAt when it went to the dead-letter topic
 * @param status {@code open}, {@code retried} (processed by a retry) or {@code discarded}
 * @param lastRetriedAt when an admin last retried it, or {@code null}
 * @param closedAt when it was retried successfully or discarded, or {@code null} while open
 */
public record DeadLetter(String originalTopic, int originalPartition, long originalOffset, String key,
		String exception, String message, String payload, Instant failedAt, String status, Instant lastRetriedAt,
		Instant closedAt) {

	static DeadLetter arrived(String originalTopic, int originalPartition, long originalOffset, String key,
			String exception, String message, Instant failedAt) {
		return new DeadLetter(originalTopic, originalPartition, originalOffset, key, exception, message, null,
				failedAt, "open", null, null);
	}

	/** Where the record was: what identifies a dead letter. */
	public DeadLetterId id() {
		return new DeadLetterId(originalTopic, originalPartition, originalOffset);
	}

}
