package dev.orderflow.invoicing.events;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceLine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's half of the contract in {@code contracts/}: invoicing reads what it needs from that JSON, whichever
 * transport brought it.
 */
class OrderCreatedContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void invoicingReadsBillingAddressCustomerAndPricedLinesFromTheContract() throws Exception {
		byte[] contract = Files.readAllBytes(Path.of("../contracts/order-created.v1.json"));

		Invoice invoice = json.readValue(contract, OrderToInvoice.class).toInvoice();

		assertThat(invoice.orderId()).isEqualTo(42);
		assertThat(invoice.customerId()).isEqualTo(2);
		assertThat(invoice.customerName()).isEqualTo("Grace Hopper");
		assertThat(invoice.billingAddress()).isEqualTo(new Address("7 Ledger Lane", "10001", "New York"));
		assertThat(invoice.lines()).containsExactly(new InvoiceLine(1, "iPod", new BigDecimal("42.00"), 2),
				new InvoiceLine(6, "USB-C cable", new BigDecimal("9.99"), 3));
		assertThat(invoice.total()).isEqualByComparingTo("113.97");
	}

	@Test
	void fieldsInvoicingDoesNotKnowAreIgnored() throws Exception {
		String contract = Files.readString(Path.of("../contracts/order-created.v1.json"));
		String extended = contract.replace("\"orderId\": 42,", "\"orderId\": 42, \"currency\": \"EUR\", \"note\": {\"gift\": true},")
			.replace("\"count\": 2", "\"count\": 2, \"weight\": 0.2");

		Invoice invoice = json.readValue(extended, OrderToInvoice.class).toInvoice();

		assertThat(invoice.total()).isEqualByComparingTo("113.97");
	}

}
