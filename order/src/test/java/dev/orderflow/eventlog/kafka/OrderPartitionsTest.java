package dev.orderflow.eventlog.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrderPartitionsTest {

	@ParameterizedTest(name = "order {0} of {1} partitions")
	@CsvSource({ "1, 5", "42, 5", "43, 5", "1000, 5", "123456789, 12", "7, 1", "9223372036854775807, 3" })
	void anOrdersEventsGoWhereKafkasDefaultPartitionerPutsTheKeyOfTheOrderId(long orderId, int partitions) {
		int expected = BuiltInPartitioner.partitionForKey(Long.toString(orderId).getBytes(StandardCharsets.UTF_8),
				partitions);

		assertThat(OrderPartitions.of(orderId, partitions)).isEqualTo(expected);
	}

}
