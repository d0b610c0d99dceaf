package dev.orderflow.launcher.topic;

import dev.orderflow.infrastructure.KafkaSecurity;
import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Layout;
import dev.orderflow.launcher.control.KafkaClientSettings;
import dev.orderflow.launcher.control.RunState;
import dev.orderflow.launcher.control.StateFile;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Prints every record still on a topic, partition by partition, as offset, key and value, without a consumer group
 * (so it moves nobody's position). On a compacted topic the gaps in the offsets are the records compaction removed.
 */
public final class TopicCommand {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Layout layout;
    private final PrintStream out;

    public TopicCommand(Layout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    public int run(String topic) throws LauncherException {
        RunState state = new StateFile(layout.stateFile()).readLive().orElseThrow(() -> new LauncherException(
                "orderflow is not running (no " + Layout.display(layout.stateFile()) + ")."));
        // On a secured system as admin: no service's user may read every topic (order-state none, a dead-letter
        // topic only its consumer), and this command shows any of them.
        Map<String, Object> config = new HashMap<>(KafkaClientSettings.of(state, KafkaSecurity.ADMIN, System.getenv()));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.listTopics(Duration.ofSeconds(30)).get(topic);
            if (partitions == null) {
                throw new LauncherException("no topic '" + topic + "' (list them with the Kafka Admin API, or see "
                        + "docs/design.md for the topics orderflow creates)");
            }
            out.println("partition\toffset\tkey\tvalue");
            long records = 0;
            for (PartitionInfo info : partitions.stream().sorted(Comparator.comparingInt(PartitionInfo::partition))
                    .toList()) {
                records += print(consumer, new TopicPartition(topic, info.partition()));
            }
            out.println("(" + records + " records)");
            return 0;
        }
    }

    private long print(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition) {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long end = consumer.endOffsets(List.of(partition)).get(partition);
        long printed = 0;
        while (consumer.position(partition) < end) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                out.println(partition.partition() + "\t" + record.offset() + "\t" + text(record.key()) + "\t"
                        + (record.value() == null ? "(tombstone)" : text(record.value())));
                printed++;
            }
        }
        return printed;
    }

    /** UTF-8 text as it is; anything else (an Avro value, say) by its size. */
    static String text(byte[] bytes) {
        if (bytes == null) {
            return "(none)";
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.chars().noneMatch(c -> c < 0x20 && c != '\t')) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // not text; shown by its size below
        }
        return "(" + bytes.length + " bytes, binary)";
    }
}
