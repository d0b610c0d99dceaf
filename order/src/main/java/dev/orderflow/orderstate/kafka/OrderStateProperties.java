package dev.orderflow.orderstate.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The compacted state topic and how eagerly the broker compacts it. The defaults make compaction visible within a
 * minute or two on the embedded broker; a production cluster would keep the broker's defaults (segments of a week,
 * a dirty ratio of 0.5, tombstones kept for a day), which compact far less often.
 *
 * @param topic where the state records go, {@code <order topic>-state} by default
 * @param partitions how many partitions the topic is created with
 * @param replicas the replication factor it is created with
 * @param segment {@code segment.ms}: only closed segments are compacted, so this bounds how long a superseded record
 * can stay
 * @param minCleanableDirtyRatio {@code min.cleanable.dirty.ratio}: how much of the log must be uncompacted before the
 * cleaner takes it on
 * @param deleteRetention {@code delete.retention.ms}: how long a tombstone stays after compaction, so that a reader
 * that is behind still sees that the order is gone
 * @param minCompactionLag {@code min.compaction.lag.ms}: how old a record must be before it may be compacted away
 * @param batchSize how many events one round turns into state records at most
 * @param pollInterval how long the publisher waits before it looks for new events again
 */
@ConfigurationProperties("orderflow.kafka.state")
record OrderStateProperties(String topic, int partitions, short replicas, Duration segment,
		double minCleanableDirtyRatio, Duration deleteRetention, Duration minCompactionLag, int batchSize,
		Duration pollInterval) {
}
