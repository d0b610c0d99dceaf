package dev.orderflow.e2e.faults;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;

/** The test's view of a local Kafka cluster through the Admin API: replicas, leaders, in-sync replicas, settings. */
final class ClusterAdmin implements AutoCloseable {

	private final Admin admin;

	ClusterAdmin(String bootstrap) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
	}

	List<TopicPartitionInfo> partitions(String topic) {
		TopicDescription description = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
		return description.partitions();
	}

	/** A topic's effective setting, e.g. {@code min.insync.replicas} (the broker default unless the topic sets it). */
	String setting(String topic, String name) {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		Config config = get(admin.describeConfigs(List.of(resource)).all()).get(resource);
		return config.get(name).value();
	}

	/**
	 * The broker leading most of the topic's partitions; among equals the leader of partition 0, so that the broker
	 * killed always leads partition 0 when the leadership is spread evenly.
	 */
	int leaderOfMostPartitions(String topic) {
		List<TopicPartitionInfo> partitions = partitions(topic);
		Map<Integer, Long> led = partitions.stream()
			.filter(partition -> partition.leader() != null)
			.collect(Collectors.groupingBy(partition -> partition.leader().id(), Collectors.counting()));
		int leaderOfFirst = partitions.get(0).leader().id();
		return led.entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<Integer, Long> entry) -> entry.getValue())
				.thenComparing(entry -> entry.getKey() == leaderOfFirst))
			.orElseThrow()
			.getKey();
	}

	/** How many partitions of the topic each broker leads now. */
	Map<Integer, Long> leadership(String topic) {
		return partitions(topic).stream()
			.filter(partition -> partition.leader() != null)
			.collect(Collectors.groupingBy(partition -> partition.leader().id(), Collectors.counting()));
	}

	/** Whether every partition of the topics has all its replicas in sync. */
	boolean fullyInSync(Collection<String> topics) {
		return get(admin.describeTopics(topics).allTopicNames()).values()
			.stream()
			.flatMap(description -> description.partitions().stream())
			.allMatch(partition -> partition.isr().size() == partition.replicas().size());
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		admin.close();
	}

}
