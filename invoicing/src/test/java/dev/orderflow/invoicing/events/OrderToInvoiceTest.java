package dev.orderflow.invoicing.events;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderToInvoiceTest {

	private static final OrderToInvoice.Address ADDRESS = new OrderToInvoice.Address("1 Main Street", "12345",
			"Springfield");

	private static final OrderToInvoice.Customer CUSTOMER = new OrderToInvoice.Customer(1L, "Ada");

	private static final List<OrderToInvoice.Line> LINES = List
		.of(new OrderToInvoice.Line(1L, "iPod", BigDecimal.TEN, 1));

	@Test
	void anEventWithoutCustomerIdCanNeverBeInvoiced() {
		assertThatThrownBy(() -> new OrderToInvoice(1L, new OrderToInvoice.Customer(null, "Ada"), ADDRESS, LINES)
			.toInvoice()).isInstanceOf(IncompleteOrderException.class);
	}

	@Test
	void anEventWithoutBillingAddressCanNeverBeInvoiced() {
		assertThatThrownBy(() -> new OrderToInvoice(1L, CUSTOMER, null, LINES).toInvoice())
			.isInstanceOf(IncompleteOrderException.class);
	}

	@Test
	void aLineWithoutPriceCanNeverBeInvoiced() {
		assertThatThrownBy(() -> new OrderToInvoice(1L, CUSTOMER, ADDRESS,
				List.of(new OrderToInvoice.Line(1L, "iPod", null, 1))).toInvoice())
			.isInstanceOf(IncompleteOrderException.class);
	}

	@Test
	void anEventWithoutLinesCanNeverBeInvoiced() {
		assertThatThrownBy(() -> new OrderToInvoice(1L, CUSTOMER, ADDRESS, List.of()).toInvoice())
			.isInstanceOf(IncompleteOrderException.class);
	}

	@Test
	void anOrderInAnotherCurrencyThanEuroCannotBeInvoiced() {
		assertThatThrownBy(() -> new OrderToInvoice(1L, CUSTOMER, ADDRESS, LINES, "USD").toInvoice())
			.isInstanceOf(IncompleteOrderException.class)
			.hasMessageContaining("USD");
	}

	@Test
	void anOrderWithoutCurrencyIsInEuro() {
		assertThat(new OrderToInvoice(1L, CUSTOMER, ADDRESS, LINES).toInvoice().orderId()).isEqualTo(1L);
		assertThat(new OrderToInvoice(1L, CUSTOMER, ADDRESS, LINES, "EUR").toInvoice().orderId()).isEqualTo(1L);
	}

}
