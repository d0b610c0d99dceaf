package dev.orderflow.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.orderflow.catalog.Customer;
import dev.orderflow.catalog.Customers;
import dev.orderflow.catalog.Item;
import dev.orderflow.catalog.Items;
import dev.orderflow.eventlog.EventLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verifyNoInteractions;

class PlaceOrderTest {

	private static final Address ADDRESS = new Address("1 Main Street", "12345", "Springfield");

	private final Customers customers = mock(Customers.class);

	private final Items items = mock(Items.class);

	private final Orders orders = mock(Orders.class);

	private final EventLog events = mock(EventLog.class);

	private final Instant now = Instant.parse("2026-11-26T12:00:00Z");

	private final PlaceOrder placeOrder = new PlaceOrder(customers, items, orders, events,
			Clock.fixed(now, ZoneOffset.UTC));

	@Test
	void everyUnknownReferenceAndBadCountIsNamedAndNothingIsStoredOrPublished() {
		when(customers.findById(99)).thenReturn(Optional.empty());
		when(items.findAllById(anyCollection())).thenReturn(Map.of(1L, new Item(1, "iPod", BigDecimal.TEN)));

		InvalidOrderException ex = catchThrowableOfType(InvalidOrderException.class, () -> placeOrder.place(
				new OrderRequest(99, ADDRESS, ADDRESS,
						List.of(new OrderRequest.Line(1, 0), new OrderRequest.Line(77, 1)))));

		assertThat(ex.violations()).extracting(Violation::field)
			.containsExactly("customerId", "lines[0].count", "lines[1].itemId");
		verifyNoInteractions(orders);
		verify(events, never()).append(any());
	}

	@Test
	void anOrderWithoutLinesIsRejected() {
		when(customers.findById(1)).thenReturn(Optional.of(new Customer(1, "Ada", "ada@example.org")));

		InvalidOrderException ex = catchThrowableOfType(InvalidOrderException.class,
				() -> placeOrder.place(new OrderRequest(1, ADDRESS, ADDRESS, List.of())));

		assertThat(ex.violations()).extracting(Violation::field).containsExactly("lines");
	}

	@Test
	void aValidOrderIsStoredWithCatalogPricesAndItsEventAppended() {
		when(customers.findById(1)).thenReturn(Optional.of(new Customer(1, "Ada", "ada@example.org")));
		when(items.findAllById(anyCollection())).thenReturn(Map.of(1L, new Item(1, "iPod", new BigDecimal("42.00"))));
		Order stored = new Order(7, 1, "Ada", ADDRESS, ADDRESS,
				List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2)), now);
		when(orders.add(anyLong(), any(), any(), any(), any(), any())).thenReturn(stored);

		Order order = placeOrder.place(new OrderRequest(1, ADDRESS, ADDRESS, List.of(new OrderRequest.Line(1, 2))));

		assertThat(order.total()).isEqualByComparingTo("84.00");
		verify(orders).add(1, "Ada", ADDRESS, ADDRESS, List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2)),
				now);
		verify(events).append(OrderCreated.of(stored));
	}

}
