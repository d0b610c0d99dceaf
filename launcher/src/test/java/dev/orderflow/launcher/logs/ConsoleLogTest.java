package dev.orderflow.launcher.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleLogTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    void eachLineIsPrefixedWithItsProcessNamePaddedLikeDockerCompose() {
        ConsoleLog log = new ConsoleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 0);
        log.fit(List.of("kafka", "shipping-1", "invoicing-1"));

        log.line("shipping-1", "Started ShippingApplication");
        log.line("kafka", "READY 127.0.0.1:19092");
        log.line("invoicing-1", "hello");

        assertThat(output()).isEqualTo("""
                shipping-1  | Started ShippingApplication
                kafka       | READY 127.0.0.1:19092
                invoicing-1 | hello
                """);
    }

    @Test
    void prefixesAreColoredOnlyWhenWritingToATerminal() {
        ConsoleLog colored = new ConsoleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 8);

        colored.line("order-1", "one");
        colored.line("kafka", "two");

        assertThat(output()).isEqualTo("\u001B[36morder-1  |\u001B[0m one\n\u001B[33mkafka    |\u001B[0m two\n");
    }

    @Test
    void aNameLongerThanTheOthersWidensTheColumnForLaterLines() {
        ConsoleLog log = new ConsoleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 5);

        log.fit(List.of("shipping-12"));
        log.line("kafka", "x");

        assertThat(output()).isEqualTo("kafka       | x\n");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
