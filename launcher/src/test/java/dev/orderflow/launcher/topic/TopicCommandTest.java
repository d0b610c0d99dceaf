package dev.orderflow.launcher.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicCommandTest {

    @Test
    void printsJsonValuesAsTheyAre() {
        assertThat(TopicCommand.text("{\"id\":7}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"id\":7}");
    }

    @Test
    void printsBinaryValuesSuchAsAvroByTheirSize() {
        assertThat(TopicCommand.text(new byte[] {0, 0x0e, 'a', (byte) 0xff})).isEqualTo("(4 bytes, binary)");
    }

    @Test
    void saysWhenARecordHasNoKey() {
        assertThat(TopicCommand.text(null)).isEqualTo("(none)");
    }
}
