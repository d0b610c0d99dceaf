package dev.orderflow.pipeline.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.orderflow.pipeline.Pipeline;
import dev.orderflow.pipeline.PipelineSnapshot;
import dev.orderflow.pipeline.PipelineUnavailableException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Asks the broker, through one long-lived admin client, for the topic's partitions, then for their end offsets and
 * each group's members and committed offsets all at once, so a snapshot costs two round trips.
 */
@Component
@EnableConfigurationProperties(PipelineProperties.class)
class KafkaPipeline implements Pipeline, DisposableBean {

	private final Admin admin;

	private final String topic;

	private final PipelineProperties properties;

	private final Clock clock;

	KafkaPipeline(KafkaAdmin kafkaAdmin, @Value("${orderflow.kafka.topic}") String topic,
			@Value("${orderflow.instance}") String instance, PipelineProperties properties, Clock clock) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, instance + "-pipeline");
		int timeout = (int) properties.timeout().toMillis();
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
		this.admin = Admin.create(config);
		this.topic = topic;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public PipelineSnapshot snapshot() {
		List<TopicPartition> partitions = get(admin.describeTopics(List.of(topic)).topicNameValues().get(topic))
			.partitions()
			.stream()
			.map(p -> new TopicPartition(topic, p.partition()))
			.sorted(Comparator.comparingInt(TopicPartition::partition))
			.toList();
		KafkaFuture<Map<TopicPartition, Long>> ends = offsets(partitions, OffsetSpec.latest());
		KafkaFuture<Map<TopicPartition, Long>> starts = offsets(partitions, OffsetSpec.earliest());
		Map<String, KafkaFuture<ConsumerGroupDescription>> descriptions = admin
			.describeConsumerGroups(properties.groups())
			.describedGroups();
		ListConsumerGroupOffsetsResult committed = admin.listConsumerGroupOffsets(properties.groups()
			.stream()
			.collect(Collectors.toMap(Function.identity(),
					group -> new ListConsumerGroupOffsetsSpec().topicPartitions(partitions))));

		Map<TopicPartition, Long> end = get(ends);
		GroupSnapshots groups = new GroupSnapshots(partitions, get(starts), end);
		return new PipelineSnapshot(topic,
				partitions.stream().map(p -> new PipelineSnapshot.Partition(p.partition(), end.get(p))).toList(),
				properties.groups()
					.stream()
					.map(group -> groups.of(group, orNull(descriptions.get(group)),
							orEmpty(committed.partitionsToOffsetAndMetadata(group))))
					.toList(),
				clock.instant());
	}

	@Override
	public void destroy() {
		admin.close(Duration.ofSeconds(2));
	}

	private KafkaFuture<Map<TopicPartition, Long>> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
		return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
			.all()
			.thenApply(offsets -> offsets.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())));
	}

	/** A group nobody has joined yet is not an error, just empty. */
	private ConsumerGroupDescription orNull(KafkaFuture<ConsumerGroupDescription> description) {
		try {
			return get(description);
		}
		catch (PipelineUnavailableException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return null;
			}
			throw ex;
		}
	}

	private Map<TopicPartition, OffsetAndMetadata> orEmpty(KafkaFuture<Map<TopicPartition, OffsetAndMetadata>> offsets) {
		try {
			return get(offsets);
		}
		catch (PipelineUnavailableException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return Map.of();
			}
			throw ex;
		}
	}

	private <T> T get(KafkaFuture<T> future) {
		try {
			return future.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new PipelineUnavailableException("Kafka could not tell about topic " + topic + ": "
					+ ex.getCause().getMessage(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new PipelineUnavailableException(
					"Kafka did not answer within " + properties.timeout().toSeconds() + " s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PipelineUnavailableException("Interrupted while asking Kafka", ex);
		}
	}

}
