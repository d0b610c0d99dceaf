package dev.orderflow.eventlog.kafka;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.orderflow.order.Address;
import dev.orderflow.order.ChangeOrder;
import dev.orderflow.order.OrderRequest;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.testsupport.AvroContracts;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.SharedInfrastructure;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay with {@code orderflow.event-format=avro} against the real broker: the event goes out in single-object
 * encoding with the writer schema version 2, which is on the compacted schema topic under its fingerprint; the
 * lifecycle events stay JSON.
 */
@SpringBootTest(properties = { "orderflow.event-format=avro", "orderflow.event-schema-version=2" })
class AvroRelayIntegrationTest {

	static final IsolatedService service = new IsolatedService("ordering");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	ChangeOrder changeOrder;

	final Schema v2 = AvroContracts.versions("order-created").get(2);

	@Test
	void anOrderIsPublishedInAvroWithItsWriterSchemaOnTheCompactedSchemaTopic() throws Exception {
		Address address = new Address("1 Harbour Road", "02139", "Cambridge");
		long id = placeOrder.place(new OrderRequest(2, address, address,
				List.of(new OrderRequest.Line(1, 2), new OrderRequest.Line(6, 3)))).id();

		ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.topic(), 1, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().equals(id + "created"))
				.findFirst()
				.orElse(null), found -> found != null);
		assertThat(header(record, "content-type")).isEqualTo("avro/binary");
		assertThat(header(record, "event-version")).isEqualTo("2");
		long fingerprint = SchemaNormalization.parsingFingerprint64(v2);
		assertThat(ByteBuffer.wrap(record.value(), 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong())
			.isEqualTo(fingerprint);

		BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), v2);
		decoder.addSchema(v2);
		GenericRecord event = decoder.decode(record.value());
		assertThat(event.get("orderId")).isEqualTo(id);
		assertThat(event.get("currency")).hasToString("EUR");
		Schema amount = v2.getField("totalAmount").schema();
		assertThat(new Conversions.DecimalConversion().fromBytes((ByteBuffer) event.get("totalAmount"), amount,
				amount.getLogicalType())).isEqualTo(new BigDecimal("113.97"));

		String schemaTopic = service.topic() + "-schemas";
		List<ConsumerRecord<String, byte[]>> schemas = IsolatedService.readAll(schemaTopic, 1, Duration.ofSeconds(10));
		assertThat(schemas).singleElement().satisfies(schema -> {
			assertThat(schema.key()).isEqualTo(String.format("%016x", fingerprint));
			assertThat(new Schema.Parser().parse(new String(schema.value()))).isEqualTo(v2);
			assertThat(schema.timestamp()).isLessThanOrEqualTo(record.timestamp());
		});
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, schemaTopic);
			assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic)
				.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
		}
	}

	@Test
	void aCancellationStaysJsonNextToAvroAndJoinsItsOrdersPartition() throws Exception {
		Address address = new Address("1 Harbour Road", "02139", "Cambridge");
		long id = placeOrder.place(new OrderRequest(2, address, address, List.of(new OrderRequest.Line(1, 1)))).id();
		changeOrder.cancel(id, "Ordered twice by mistake");

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> IsolatedService.readAll(service.topic(), 2, Duration.ofSeconds(2)).stream()
				.filter(r -> r.key().startsWith(id + "c"))
				.toList(), found -> found.size() == 2);
		assertThat(records).extracting(r -> header(r, "content-type")).containsExactly("avro/binary", "application/json");
		assertThat(records.get(1).partition()).isEqualTo(records.get(0).partition());
		assertThat(new String(records.get(1).value())).contains("\"reason\":\"Ordered twice by mistake\"");
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value());
	}

}
