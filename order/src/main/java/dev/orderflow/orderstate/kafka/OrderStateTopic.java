package dev.orderflow.orderstate.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * The state topic as the order service creates it: compacted, with the settings that decide how soon compaction
 * happens set on the topic itself. Not a bean, so that the order topic stays the only {@link NewTopic} bean.
 */
final class OrderStateTopic {

	private OrderStateTopic() {
	}

	static NewTopic of(OrderStateProperties properties) {
		return TopicBuilder.name(properties.topic())
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(properties.segment().toMillis()))
			.config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, String.valueOf(properties.minCleanableDirtyRatio()))
			.config(TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(properties.deleteRetention().toMillis()))
			.config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, String.valueOf(properties.minCompactionLag().toMillis()))
			.build();
	}

}
