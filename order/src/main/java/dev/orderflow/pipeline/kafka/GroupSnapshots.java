package dev.orderflow.pipeline.kafka;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.orderflow.pipeline.PipelineSnapshot;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Turns what the broker says about a group into who holds which partition and how far behind it is. */
class GroupSnapshots {

	private final List<TopicPartition> partitions;

	private final Map<TopicPartition, Long> start;

	private final Map<TopicPartition, Long> end;

	GroupSnapshots(List<TopicPartition> partitions, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
		this.partitions = partitions;
		this.start = start;
		this.end = end;
	}

	/**
	 * @param description null for a group the broker does not know
	 * @param committed the group's committed offsets; a partition without one has not been read from yet
	 */
	PipelineSnapshot.Group of(String group, ConsumerGroupDescription description,
			Map<TopicPartition, OffsetAndMetadata> committed) {
		List<PipelineSnapshot.Member> members = description == null ? List.of()
				: description.members()
					.stream()
					.map(this::member)
					.sorted(Comparator.comparing(PipelineSnapshot.Member::instance))
					.toList();
		Map<Integer, String> holders = new HashMap<>();
		members.forEach(member -> member.partitions().forEach(p -> holders.put(p, member.instance())));
		List<PipelineSnapshot.PartitionLag> lag = partitions.stream().map(partition -> {
			OffsetAndMetadata position = committed.get(partition);
			// A group without a committed offset starts at the beginning (auto.offset.reset=earliest).
			long from = position == null ? start.get(partition) : position.offset();
			return new PipelineSnapshot.PartitionLag(partition.partition(), position == null ? null : position.offset(),
					Math.max(0, end.get(partition) - from), holders.get(partition.partition()));
		}).toList();
		return new PipelineSnapshot.Group(group, description == null ? "Unknown" : description.groupState().toString(),
				members, lag);
	}

	/**
	 * Consumers of the order topic name themselves {@code <instance>@<host>:<port>} (see kafka-consumer-support);
	 * any other client id is shown as it is, with the host the broker sees it connect from.
	 */
	private PipelineSnapshot.Member member(MemberDescription member) {
		String clientId = member.clientId();
		int at = clientId.lastIndexOf('@');
		String instance = at < 0 ? clientId : clientId.substring(0, at);
		String address = at < 0 ? member.host().replaceFirst("^/", "") : clientId.substring(at + 1);
		List<Integer> held = member.assignment()
			.topicPartitions()
			.stream()
			.filter(partitions::contains)
			.map(TopicPartition::partition)
			.sorted()
			.toList();
		return new PipelineSnapshot.Member(instance, address, held);
	}

}
