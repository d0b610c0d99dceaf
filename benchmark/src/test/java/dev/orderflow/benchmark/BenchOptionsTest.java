package dev.orderflow.benchmark;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

	private final Path home = Path.of("/tmp/orderflow");

	@Test
	void defaultsAreTwentyThousandOrdersFromThirtyTwoClientsOnAFreshDataDirectory() {
		BenchOptions options = BenchOptions.parse(List.of(), home);

		assertThat(options.orders()).isEqualTo(20_000);
		assertThat(options.clients()).isEqualTo(32);
		assertThat(options.mode()).isEqualTo("saturation, 32 clients");
		assertThat(options.data()).isEqualTo(home.resolve("target/bench/data"));
	}

	@Test
	void unknownOptionsWithAValueArePassedToUp() {
		BenchOptions options = BenchOptions.parse(List.of("--rate", "1000", "--scale", "shipping=2"), home);

		assertThat(options.mode()).isEqualTo("fixed rate 1000/s");
		assertThat(options.upArguments()).containsExactly("--scale", "shipping=2");
	}

	@Test
	void attachingMeasuresTheDefaultDataDirectory() {
		assertThat(BenchOptions.parse(List.of("--attach"), home).data()).isEqualTo(home.resolve("data"));
	}

	@Test
	void aTransportOtherThanKafkaOrAtomIsRefused() {
		assertThatThrownBy(() -> BenchOptions.parse(List.of("--transport", "smtp"), home))
			.hasMessageContaining("kafka or atom");
	}

	@Test
	void theEventFormatIsJsonUnlessAvroIsAskedForAndNothingElseIsAccepted() {
		assertThat(BenchOptions.parse(List.of(), home).eventFormat()).isEqualTo("json");
		assertThat(BenchOptions.parse(List.of("--event-format", "avro"), home).eventFormat()).isEqualTo("avro");
		assertThat(BenchOptions.parse(List.of("--event-format", "avro"), home).upArguments()).isEmpty();
		assertThatThrownBy(() -> BenchOptions.parse(List.of("--event-format", "xml"), home))
			.hasMessageContaining("json or avro");
	}

	@Test
	void aCountThatIsNotPositiveIsRefused() {
		assertThatThrownBy(() -> BenchOptions.parse(List.of("--orders", "0"), home))
			.hasMessageContaining("positive whole number");
	}

}
