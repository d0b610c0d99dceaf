package dev.orderflow.invoicing.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.SortedMap;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceLine;
import dev.orderflow.kafka.consumer.format.EventFormatDeserializer;
import dev.orderflow.testsupport.AvroContracts;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invoicing's reader schema ({@code avro/order-to-invoice.avsc}, written against version 2 of the event, with its
 * currency) against every writer schema in {@code contracts/avro}: Avro's compatibility check in the build, and the
 * contract's example events read through the consumers' deserializer, a version 1 event with the default currency.
 */
class InvoicingReaderSchemaTest {

	static final String READER = "avro/order-to-invoice.avsc";

	final SortedMap<Integer, Schema> writers = AvroContracts.versions("order-created");

	final SchemaStore.Cache store = new SchemaStore.Cache();

	final EventFormatDeserializer deserializer = new EventFormatDeserializer(store);

	@BeforeEach
	void configure() {
		writers.values().forEach(store::addSchema);
		deserializer.configure(Map.of(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE, OrderToInvoice.class.getName(),
				EventFormatDeserializer.READER_SCHEMA, READER), false);
	}

	@AfterEach
	void close() {
		deserializer.close();
	}

	@Test
	void invoicingsReaderSchemaReadsEveryWriterVersion() {
		Schema reader = parse(READER);

		assertThat(writers).hasSizeGreaterThanOrEqualTo(2);
		assertThat(AvroContracts.readerProblems(reader, writers)).isEmpty();
	}

	@Test
	void aVersion1EventIsReadWithTheDefaultCurrency() throws Exception {
		OrderToInvoice order = read(example(1));

		assertThat(order.currency()).isEqualTo("EUR");
		assertExampleInvoice(order.toInvoice());
	}

	@Test
	void aVersion2EventIsReadWithTheCurrencyItCarries() throws Exception {
		byte[] inDollars = withCurrency(example(2), "USD");

		OrderToInvoice order = read(inDollars);

		assertThat(order.currency()).isEqualTo("USD");
		assertThatThrownBy(order::toInvoice).isInstanceOf(IncompleteOrderException.class);
		assertExampleInvoice(read(example(2)).toInvoice());
	}

	private OrderToInvoice read(byte[] avro) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(EventFormatDeserializer.CONTENT_TYPE, "avro/binary".getBytes(StandardCharsets.UTF_8));
		return (OrderToInvoice) deserializer.deserialize("order", headers, avro);
	}

	private static void assertExampleInvoice(Invoice invoice) {
		assertThat(invoice.orderId()).isEqualTo(42);
		assertThat(invoice.customerId()).isEqualTo(2);
		assertThat(invoice.billingAddress()).isEqualTo(new Address("7 Ledger Lane", "10001", "New York"));
		assertThat(invoice.lines()).containsExactly(new InvoiceLine(1, "iPod", new BigDecimal("42.00"), 2),
				new InvoiceLine(6, "USB-C cable", new BigDecimal("9.99"), 3));
	}

	private byte[] withCurrency(byte[] avro, String currency) throws IOException {
		Schema v2 = writers.get(2);
		GenericRecord event = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), v2).decode(avro);
		event.put("currency", currency);
		ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v2).encode(event);
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		return bytes;
	}

	private static byte[] example(int version) throws IOException {
		return Files.readAllBytes(AvroContracts.DIRECTORY.resolve("order-created.v" + version + ".example.bin"));
	}

	private Schema parse(String resource) {
		try {
			return new Schema.Parser().parse(getClass().getClassLoader().getResourceAsStream(resource));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
