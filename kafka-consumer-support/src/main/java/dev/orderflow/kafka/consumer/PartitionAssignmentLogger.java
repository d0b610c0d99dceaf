package dev.orderflow.kafka.consumer;

import java.util.Collection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/** Shows how a consumer group spreads partitions over instances, the seed's scaling experiment. */
class PartitionAssignmentLogger implements ConsumerAwareRebalanceListener {

	private static final Logger log = LoggerFactory.getLogger(PartitionAssignmentLogger.class);

	private final String instance;

	PartitionAssignmentLogger(String instance) {
		this.instance = instance;
	}

	@Override
	public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		log.info("{} in group {} now holds partitions {}", instance, consumer.groupMetadata().groupId(),
				partitions.stream().map(TopicPartition::toString).sorted().toList());
	}

	@Override
	public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		if (!partitions.isEmpty()) {
			log.info("{} gives up partitions {}", instance, partitions.stream().map(TopicPartition::toString).sorted().toList());
		}
	}

}
