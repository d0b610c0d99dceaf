package dev.orderflow.invoicing.kafka;

import java.math.BigDecimal;
import java.util.List;

import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderCreatedListenerTest {

	private static final OrderToInvoice.Address ADDRESS = new OrderToInvoice.Address("1 Main Street", "12345",
			"Springfield");

	private static final OrderToInvoice.Customer CUSTOMER = new OrderToInvoice.Customer(1L, "Ada");

	private static final List<OrderToInvoice.Line> LINES = List
		.of(new OrderToInvoice.Line(1L, "iPod", BigDecimal.TEN, 1));

	@Test
	void anEventWithoutCustomerIdCanNeverBeInvoiced() {
		assertThatThrownBy(() -> OrderCreatedListener
			.toInvoice(new OrderToInvoice(1L, new OrderToInvoice.Customer(null, "Ada"), ADDRESS, LINES)))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anEventWithoutBillingAddressCanNeverBeInvoiced() {
		assertThatThrownBy(() -> OrderCreatedListener.toInvoice(new OrderToInvoice(1L, CUSTOMER, null, LINES)))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void aLineWithoutPriceCanNeverBeInvoiced() {
		assertThatThrownBy(() -> OrderCreatedListener.toInvoice(new OrderToInvoice(1L, CUSTOMER, ADDRESS,
				List.of(new OrderToInvoice.Line(1L, "iPod", null, 1)))))
			.isInstanceOf(UnprocessableRecordException.class);
	}

	@Test
	void anEventWithoutLinesCanNeverBeInvoiced() {
		assertThatThrownBy(() -> OrderCreatedListener.toInvoice(new OrderToInvoice(1L, CUSTOMER, ADDRESS, List.of())))
			.isInstanceOf(UnprocessableRecordException.class);
	}

}
