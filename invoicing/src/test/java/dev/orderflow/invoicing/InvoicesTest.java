package dev.orderflow.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.orderflow.testsupport.IsolatedService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(Invoices.class)
class InvoicesTest {

	static final IsolatedService service = new IsolatedService("invoices");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Autowired
	Invoices invoices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondInvoiceForTheSameOrderIsNotIssued() {
		Invoice first = invoice(1, "7 Ledger Lane");

		assertThat(invoices.addAllIfAbsent(List.of(first))).containsExactly(1L);
		assertThat(invoices.addAllIfAbsent(List.of(invoice(1, "somewhere else")))).isEmpty();

		assertThat(invoices.findByOrderId(1)).contains(first);
	}

	@Test
	void manyInvoicesAreIssuedAtOnceEachWithItsLinesAndAnOrderTwiceInTheListOnce() {
		Invoice known = invoice(20, "known");
		invoices.addAllIfAbsent(List.of(known));
		Invoice twice = invoice(22, "first delivery");

		assertThat(invoices.addAllIfAbsent(List.of(invoice(21, "a"), known, twice, invoice(22, "second delivery"),
				invoice(23, "c")))).containsExactlyInAnyOrder(21L, 22L, 23L);

		assertThat(invoices.findByOrderId(22)).contains(twice);
		assertThat(invoices.findByOrderId(20)).contains(known);
		assertThat(jdbc.sql("select order_id, sum(amount) from invoice_line where order_id in (21, 22, 23) group by order_id")
			.query((rs, row) -> rs.getBigDecimal(2))
			.list()).hasSize(3).allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("113.97"));
	}

	@Test
	void theStoredTotalAndLineAmountsAddUp() {
		invoices.addAllIfAbsent(List.of(invoice(5, "7 Ledger Lane")));

		assertThat(jdbc.sql("select total from invoice where order_id = 5").query(BigDecimal.class).single())
			.isEqualByComparingTo("113.97");
		assertThat(jdbc.sql("select sum(amount) from invoice_line where order_id = 5").query(BigDecimal.class).single())
			.isEqualByComparingTo("113.97");
	}

	@Test
	void invoicesArePagedNewestFirst() {
		invoices.addAllIfAbsent(List.of(invoice(10, "a")));
		invoices.addAllIfAbsent(List.of(invoice(11, "b")));

		assertThat(invoices.findAll(PageRequest.of(0, 1)).getContent()).extracting(Invoice::orderId)
			.containsExactly(11L);
	}

	private static Invoice invoice(long orderId, String street) {
		return new Invoice(orderId, 2, "Grace Hopper", new Address(street, "10001", "New York"),
				List.of(new InvoiceLine(1, "iPod", new BigDecimal("42.00"), 2),
						new InvoiceLine(6, "USB-C cable", new BigDecimal("9.99"), 3)),
				Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

}
