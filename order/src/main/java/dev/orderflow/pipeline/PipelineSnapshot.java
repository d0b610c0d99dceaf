package dev.orderflow.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The order topic and the groups reading it, at one moment.
 *
 * @param topic the topic's name
 * @param partitions every partition of the topic with its end offset, that is how many records it has received
 * @param groups the consumer groups the service was configured to show, in that order
 * @param takenAt when the broker was asked
 */
public record PipelineSnapshot(String topic, List<Partition> partitions, List<Group> groups, Instant takenAt) {

	public record Partition(int partition, long endOffset) {
	}

	/**
	 * @param name the group id, for example {@code shipping}
	 * @param state the broker's word for the group, for example {@code Stable}, {@code PreparingRebalance} or
	 * {@code Empty}; {@code Unknown} for a group the broker has never seen
	 * @param members the consumers currently in the group
	 * @param partitions one entry per partition of the topic, in partition order
	 */
	public record Group(String name, String state, List<Member> members, List<PartitionLag> partitions) {
	}

	/**
	 * @param instance the service instance, for example {@code shipping-2}
	 * @param address where that instance serves HTTP, for example {@code 127.0.0.1:8082}, or the host the broker
	 * sees the consumer connect from when the instance does not say
	 * @param partitions the topic's partitions this member holds
	 */
	public record Member(String instance, String address, List<Integer> partitions) {
	}

	/**
	 * @param partition the partition
	 * @param committedOffset the group's committed position, null when it has committed none
	 * @param lag records the group has not yet processed on this partition
	 * @param heldBy the instance holding the partition, null while nobody does
	 */
	public record PartitionLag(int partition, Long committedOffset, long lag, String heldBy) {
	}

}
