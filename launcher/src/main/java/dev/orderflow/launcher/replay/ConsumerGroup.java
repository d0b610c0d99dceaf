package dev.orderflow.launcher.replay;

import dev.orderflow.launcher.LauncherException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/** A service's consumer group on the event topic, through the Admin API. */
final class ConsumerGroup implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final String group;
    private final String topic;

    /** @param clientConfig bootstrap servers and, on a secured system, the login ({@code KafkaClientSettings}) */
    ConsumerGroup(Map<String, Object> clientConfig, String group, String topic) {
        this.admin = Admin.create(clientConfig);
        this.group = group;
        this.topic = topic;
    }

    /** Whether no consumer is a member any more; only then does the coordinator accept new offsets. */
    boolean empty() throws LauncherException {
        ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
        return description.members().isEmpty()
                && (description.groupState() == GroupState.EMPTY || description.groupState() == GroupState.DEAD);
    }

    /** Moves the group to the first offset still on each partition of the topic, as if it had never read it. */
    void resetToEarliest() throws LauncherException {
        Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
        offsets(OffsetSpec.earliest()).forEach((partition, offset) ->
                earliest.put(partition, new OffsetAndMetadata(offset)));
        get(admin.alterConsumerGroupOffsets(group, earliest).all());
    }

    /** Records on the topic the group has not committed yet, over all partitions. */
    long lag() throws LauncherException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : offsets(OffsetSpec.latest()).entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            lag += end.getValue() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) throws LauncherException {
        Map<TopicPartition, OffsetSpec> query = new HashMap<>();
        get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions()
                .forEach(partition -> query.put(new TopicPartition(topic, partition.partition()), spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(query).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private <T> T get(Future<T> future) throws LauncherException {
        try {
            return future.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LauncherException("Kafka refused a request about group " + group + ": " + e.getCause());
        } catch (TimeoutException e) {
            throw new LauncherException("Kafka did not answer about group " + group + " within " + CALL_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
