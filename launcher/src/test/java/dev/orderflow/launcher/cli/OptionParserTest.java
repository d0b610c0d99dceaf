package dev.orderflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionParserTest {

    @Test
    void noArgumentsMeansHelp() throws UsageException {
        assertThat(OptionParser.parse().command()).isEqualTo(Command.HELP);
        assertThat(OptionParser.parse("up", "--help").command()).isEqualTo(Command.HELP);
    }

    @Test
    void upUsesTheDefaultPortsAndDataDirectory() throws UsageException {
        Options options = OptionParser.parse("up");

        assertThat(options.command()).isEqualTo(Command.UP);
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.gatewayPort()).isEqualTo(8080);
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.kafkaControllerPort()).isEqualTo(19093);
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.servicePorts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("order", 8081, "shipping", 8082, "invoicing", 8083, "bonus", 8084));
        assertThat(options.scale()).isEmpty();
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.detach()).isFalse();
    }

    @Test
    void scaleIsReadPerServiceAndMayBeRepeated() throws UsageException {
        Options options = OptionParser.parse("up", "--scale", "shipping=2", "--scale=invoicing=3");

        assertThat(options.scale()).containsExactlyInAnyOrderEntriesOf(Map.of("shipping", 2, "invoicing", 3));
    }

    @Test
    void withBonusStartsOneBonusInstanceUnlessScaleSaysHowMany() throws UsageException {
        assertThat(OptionParser.parse("up", "--with", "bonus").scale()).containsExactlyEntriesOf(Map.of("bonus", 1));
        assertThat(OptionParser.parse("up", "--scale", "bonus=2", "--with=bonus").scale())
                .containsExactlyEntriesOf(Map.of("bonus", 2));
        assertThat(OptionParser.parse("up", "--port", "bonus=9084").servicePorts()).containsEntry("bonus", 9084);
    }

    @Test
    void withTakesOnlyServicesThatAreNotStartedByDefault() {
        assertThatThrownBy(() -> OptionParser.parse("up", "--with", "shipping"))
                .hasMessage("--with adds a service that is not started by default (bonus), not 'shipping'");
    }

    @Test
    void theBonusServiceCannotRunWithTheAtomTransport() {
        assertThatThrownBy(() -> OptionParser.parse("up", "--transport", "atom", "--with", "bonus"))
                .hasMessage("bonus reads the Kafka topic only; it cannot run with --transport atom");
    }

    @Test
    void portsAndDataDirectoryCanBeGivenBeforeOrAfterTheCommand() throws UsageException {
        Options options = OptionParser.parse("--data", "/tmp/of", "up", "-d", "--gateway-port=9080",
                "--kafka-port", "29092", "--postgres-port", "25432", "--port", "order=9081", "--port=shipping=9082");

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/of"));
        assertThat(options.detach()).isTrue();
        assertThat(options.gatewayPort()).isEqualTo(9080);
        assertThat(options.kafkaPort()).isEqualTo(29092);
        assertThat(options.kafkaControllerPort()).as("follows the Kafka port").isEqualTo(29093);
        assertThat(options.postgresPort()).isEqualTo(25432);
        assertThat(options.servicePorts()).containsEntry("order", 9081).containsEntry("shipping", 9082)
                .containsEntry("invoicing", 8083);
    }

    @Test
    void theKafkaControllerPortCanBeSetOnItsOwn() throws UsageException {
        assertThat(OptionParser.parse("up", "--kafka-controller-port", "40000").kafkaControllerPort()).isEqualTo(40000);
    }

    @Test
    void stopAndStartTakeTheNamesOfWhatToStopOrStart() throws UsageException {
        assertThat(OptionParser.parse("stop", "shipping", "invoicing-2").names())
                .containsExactly("shipping", "invoicing-2");
        Options start = OptionParser.parse("start", "shipping", "--scale", "shipping=2", "--data", "x");
        assertThat(start.names()).containsExactly("shipping");
        assertThat(start.scale()).containsEntry("shipping", 2);
    }

    @Test
    void anUnknownServiceIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> OptionParser.parse("up", "--scale", "billing=2"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown service 'billing'")
                .hasMessageContaining("order, shipping, invoicing");
    }

    @Test
    void badNumbersAreRejectedWithTheAcceptedRange() {
        assertThatThrownBy(() -> OptionParser.parse("up", "--gateway-port", "http"))
                .hasMessageContaining("--gateway-port expects a number from 1 to 65535, not 'http'");
        assertThatThrownBy(() -> OptionParser.parse("up", "--scale", "shipping=99"))
                .hasMessageContaining("--scale expects a number from 0 to 16");
        assertThatThrownBy(() -> OptionParser.parse("up", "--scale", "shipping"))
                .hasMessageContaining("expects SERVICE=NUMBER");
    }

    @Test
    void mistakesInTheCommandLineAreNamed() {
        assertThatThrownBy(() -> OptionParser.parse("launch")).hasMessage("unknown command 'launch'");
        assertThatThrownBy(() -> OptionParser.parse("up", "--verbose")).hasMessage("unknown option '--verbose'");
        assertThatThrownBy(() -> OptionParser.parse("up", "--data")).hasMessage("--data needs a value");
        assertThatThrownBy(() -> OptionParser.parse("stop")).hasMessageContaining("needs what to stop");
        assertThatThrownBy(() -> OptionParser.parse("status", "shipping")).hasMessageContaining("takes no arguments");
        assertThatThrownBy(() -> OptionParser.parse("down", "-d")).hasMessage("-d only applies to 'up'");
    }

    @Test
    void theTransportIsKafkaUnlessAtomIsAskedFor() throws UsageException {
        assertThat(OptionParser.parse("up").transport()).isEqualTo("kafka");
        assertThat(OptionParser.parse("up", "--transport", "atom").transport()).isEqualTo("atom");
        assertThat(OptionParser.parse("up", "--transport=kafka").transport()).isEqualTo("kafka");
        assertThatThrownBy(() -> OptionParser.parse("up", "--transport", "rss"))
                .hasMessage("--transport expects kafka or atom, not 'rss'");
    }

    @Test
    void theEventFormatAndSchemaVersionAreLeftToTheServicesUnlessGiven() throws UsageException {
        assertThat(OptionParser.parse("up").eventFormat()).isNull();
        assertThat(OptionParser.parse("up").eventSchemaVersion()).isNull();
        Options avro = OptionParser.parse("up", "--event-format", "avro", "--event-schema-version=1");
        assertThat(avro.eventFormat()).isEqualTo("avro");
        assertThat(avro.eventSchemaVersion()).isEqualTo(1);
        assertThatThrownBy(() -> OptionParser.parse("up", "--event-format", "xml"))
                .hasMessage("--event-format expects json or avro, not 'xml'");
        assertThatThrownBy(() -> OptionParser.parse("up", "--event-schema-version", "0"))
                .hasMessageContaining("--event-schema-version expects a number from 1");
    }

    @Test
    void theRawArgumentsAreKeptForTheBackgroundLauncher() throws UsageException {
        assertThat(OptionParser.parse("up", "-d", "--scale", "shipping=2").arguments())
                .containsExactly("up", "-d", "--scale", "shipping=2");
    }

    @Test
    void topicTakesExactlyOneTopicName() throws UsageException {
        assertThat(OptionParser.parse("topic", "order-state").names()).containsExactly("order-state");
        assertThatThrownBy(() -> OptionParser.parse("topic")).hasMessageContaining("needs one topic name");
        assertThatThrownBy(() -> OptionParser.parse("topic", "order", "order-state"))
                .hasMessageContaining("needs one topic name");
    }

    @Test
    void replayTakesTheServicesToRebuildAndATimeout() throws UsageException {
        Options options = OptionParser.parse("replay", "shipping", "invoicing", "--timeout", "300");

        assertThat(options.command()).isEqualTo(Command.REPLAY);
        assertThat(options.names()).containsExactly("shipping", "invoicing");
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThatThrownBy(() -> OptionParser.parse("replay")).hasMessageContaining("needs the service to rebuild");
    }

    @Test
    void secureIsOffUnlessAskedForAndNeedsTheKafkaTransport() throws UsageException {
        assertThat(OptionParser.parse("up").secure()).isFalse();
        assertThat(OptionParser.parse("up", "--secure", "--brokers", "3").secure()).isTrue();
        assertThatThrownBy(() -> OptionParser.parse("up", "--secure", "--transport", "atom"))
                .hasMessage("--secure secures Kafka, which --transport atom does not use");
    }

    @Test
    void brokersAreOneByDefaultAndThreeForALocalCluster() throws UsageException {
        assertThat(OptionParser.parse("up").brokers()).isEqualTo(1);
        assertThat(OptionParser.parse("up", "--brokers", "3").brokers()).isEqualTo(3);
        assertThatThrownBy(() -> OptionParser.parse("up", "--brokers", "2"))
                .hasMessage("--brokers expects 1 or 3, not '2'");
    }
}
