package dev.orderflow.eventlog.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.utils.Utils;

/**
 * Where all events of one order go: the partition a record with the key {@code <orderId>} would get from Kafka's
 * default partitioner. The records' own keys ({@code 42created}, {@code 42changed}, ...) differ per event type and
 * would scatter one order's events over several partitions, where no consumer could read them in order.
 */
final class OrderPartitions {

	private OrderPartitions() {
	}

	static int of(long orderId, int partitionCount) {
		return Utils.toPositive(Utils.murmur2(Long.toString(orderId).getBytes(StandardCharsets.UTF_8)))
				% partitionCount;
	}

}
