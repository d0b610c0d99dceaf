package dev.orderflow.benchmark;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SystemStatusTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aSystemStartedWithSecureIsNotReadableByThePlaintextSizeMeasurement() {
		SystemUnderTest.Status status = json.readValue("""
				{"gatewayPort": 8080, "kafkaBootstrap": "127.0.0.1:19092", "kafkaSecurityProtocol": "SASL_SSL",
				 "kafkaTruststore": "/d/kafka-tls/ca.crt", "instances": []}
				""", SystemUnderTest.Status.class);

		assertThat(status.plaintextKafka()).isFalse();
	}

	@Test
	void theEntryPointEveryOrderPassesIsOneOfTheSystemsProcesses() {
		SystemUnderTest.Status status = json.readValue("""
				{"pid": 4100, "gatewayPort": 8080, "instances": [
				 {"name": "order-1", "group": "order", "pid": 4200, "port": 8081, "health": "UP"}]}
				""", SystemUnderTest.Status.class);

		assertThat(status.processes()).extracting(SystemUnderTest.Status.Process::name, SystemUnderTest.Status.Process::pid)
			.containsExactly(tuple("order-1", 4200L), tuple("gateway", 4100L));
	}

	@Test
	void aPlaintextSystemAndOneRecordedBeforeSecureModeExistedAreMeasured() {
		assertThat(json.readValue("""
				{"gatewayPort": 8080, "kafkaBootstrap": "127.0.0.1:19092", "kafkaSecurityProtocol": "PLAINTEXT"}
				""", SystemUnderTest.Status.class).plaintextKafka()).isTrue();
		assertThat(json.readValue("""
				{"gatewayPort": 8080, "kafkaBootstrap": "127.0.0.1:19092"}
				""", SystemUnderTest.Status.class).plaintextKafka()).isTrue();
	}

}
