package dev.orderflow.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.orderflow.catalog.Customer;
import dev.orderflow.catalog.Customers;
import dev.orderflow.catalog.Item;
import dev.orderflow.catalog.Items;
import dev.orderflow.order.Address;
import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderLine;
import dev.orderflow.order.OrderRequest;
import dev.orderflow.order.Orders;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.order.Violation;
import dev.orderflow.web.WebSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The order pages with the service's real security configuration: forms need their CSRF token. */
@WebMvcTest(OrderPages.class)
@Import({ WebSecurity.class, AcceptedOrders.class })
class OrderPagesTest {

	private static final Address ADDRESS = new Address("1 Main Street", "12345", "Springfield");

	private static final Order ORDER = new Order(7, 1, "Ada Lovelace", ADDRESS,
			new Address("7 Ledger Lane", "10001", "New York"),
			List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2),
					new OrderLine(6, "USB-C cable", new BigDecimal("9.99"), 1)),
			Instant.parse("2026-11-26T12:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlaceOrder placeOrder;

	@MockitoBean
	Orders orders;

	@MockitoBean
	Customers customers;

	@MockitoBean
	Items items;

	@BeforeEach
	void catalog() {
		when(customers.findAll()).thenReturn(List.of(new Customer(1, "Ada Lovelace", "ada@example.org"),
				new Customer(2, "Grace Hopper", "grace@example.org")));
		when(items.findAll()).thenReturn(
				List.of(new Item(1, "iPod", new BigDecimal("42.00")), new Item(6, "USB-C cable", new BigDecimal("9.99"))));
	}

	@Test
	void theEntryFormOffersEveryCustomerAndItemWithItsPriceAndCarriesACsrfToken() throws Exception {
		mvc.perform(get("/orders/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<form id=\"order-entry\" method=\"post\" action=\"/orders\""),
					containsString("name=\"_csrf\""), containsString(">Grace Hopper</option>"),
					containsString("data-price=\"9.99\""), containsString(">USB-C cable (9.99)</option>"),
					containsString("name=\"lines[0].itemId\""), containsString("name=\"billingSameAsShipping\""))));
	}

	@Test
	void aValidFormPlacesTheOrderWithTheShippingAddressForBillingAndLeadsToTheOrdersPage() throws Exception {
		when(placeOrder.place(any())).thenReturn(ORDER);

		mvc.perform(valid().with(csrf())).andExpect(redirectedUrl("/orders/7?placed"));

		ArgumentCaptor<OrderRequest> placed = ArgumentCaptor.forClass(OrderRequest.class);
		verify(placeOrder).place(placed.capture());
		assertThat(placed.getValue()).isEqualTo(new OrderRequest(1, ADDRESS, ADDRESS,
				List.of(new OrderRequest.Line(1, 2), new OrderRequest.Line(6, 1))));
	}

	@Test
	void aSeparateBillingAddressIsUsedWhenTheUserUnticksSameAsShipping() throws Exception {
		when(placeOrder.place(any())).thenReturn(ORDER);

		mvc.perform(valid("billingSameAsShipping", null, "billingAddress.street", "7 Ledger Lane", "billingAddress.zip",
				"10001", "billingAddress.city", "New York").with(csrf()))
			.andExpect(redirectedUrl("/orders/7?placed"));

		ArgumentCaptor<OrderRequest> placed = ArgumentCaptor.forClass(OrderRequest.class);
		verify(placeOrder).place(placed.capture());
		assertThat(placed.getValue().billingAddress()).isEqualTo(new Address("7 Ledger Lane", "10001", "New York"));
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(valid()).andExpect(status().isForbidden());

		verifyNoInteractions(placeOrder);
	}

	@Test
	void anInvalidFormComesBackWithEachMessageBesideItsFieldAndWhatTheUserTyped() throws Exception {
		mvc.perform(valid("shippingAddress.street", " ", "lines[1].count", "0").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("orders/new"))
			.andExpect(content().string(allOf(containsString("The order was not placed"),
					besideField("shippingAddress.street", "is required"), besideField("lines[1].count", "must be at least 1"),
					containsString("value=\"12345\""), containsString("value=\"Springfield\""),
					matchesPattern(Pattern.compile("(?s).*<option value=\"6\" data-price=\"9.99\" selected=\"selected\">.*")),
					not(containsString("billingAddress.street-error")))));
		verify(placeOrder, never()).place(any());
	}

	@Test
	void customersAndItemsTheUseCaseDoesNotKnowAreNamedBesideTheirFields() throws Exception {
		when(placeOrder.place(any())).thenThrow(new InvalidOrderException(List.of(
				new Violation("customerId", "no customer with id 1"), new Violation("lines[0].itemId", "no item with id 1"))));

		mvc.perform(valid().with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(besideSelect("customerId", "no customer with id 1"),
					besideSelect("lines[0].itemId", "no item with id 1"))));
	}

	@Test
	void aCountThatIsNotANumberIsKeptAndNamedOnce() throws Exception {
		when(placeOrder.unknownReferences(any(), anyList())).thenReturn(List.of());

		mvc.perform(valid("lines[0].count", "two").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"two\""),
					besideField("lines[0].count", "must be a whole number"), not(containsString("is required")))));
		verify(placeOrder, never()).place(any());
	}

	@Test
	void anOrderWithoutLinesSaysSo() throws Exception {
		mvc.perform(valid("lines[0].itemId", null, "lines[0].count", null, "lines[1].itemId", null, "lines[1].count", null)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<p class=\"error\" id=\"lines-error\">an order needs at least one line</p>")));
	}

	@Test
	void theOrdersPageShowsTheLinesTheTotalAndWhereItsShipmentAndInvoiceWillAppear() throws Exception {
		when(orders.findById(7)).thenReturn(Optional.of(ORDER));

		mvc.perform(get("/orders/7").param("placed", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Order #7 placed."), containsString("Order #7"),
					containsString("USB-C cable"), containsString("93.99"), containsString("7 Ledger Lane"),
					containsString("data-api=\"/shipping/api/shipments/7\""),
					containsString("data-api=\"/invoicing/api/invoices/7\""), containsString("/js/order-status.js"))));
	}

	@Test
	void anOrderThatDoesNotExistIsANotFoundPage() throws Exception {
		when(orders.findById(8)).thenReturn(Optional.empty());

		mvc.perform(get("/orders/8"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no order 8.")));
	}

	@Test
	void theListShowsOrdersNewestFirstAndPagesThroughTheRest() throws Exception {
		when(orders.findAll(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(List.of(ORDER), PageRequest.of(0, 20), 45));

		mvc.perform(get("/orders"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/orders/7\""), containsString("93.99"),
					containsString("Page 1 of 3, 45 in all"), containsString("href=\"/orders?page=1&amp;size=20\""))));
	}

	@Test
	void aStreetThatLooksLikeMarkupIsShownAsText() throws Exception {
		Address hostile = new Address("<script>alert(1)</script>", "1", "<img src=x onerror=alert(2)>");
		Order order = new Order(9, 1, "<b>Mallory</b>", hostile, hostile,
				List.of(new OrderLine(1, "<i>iPod</i>", BigDecimal.ONE, 1)), Instant.parse("2026-11-26T12:00:00Z"));
		when(orders.findById(9)).thenReturn(Optional.of(order));
		when(orders.findAll(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(List.of(order), PageRequest.of(0, 20), 1));

		for (String page : List.of("/orders/9", "/orders")) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
						not(containsString("<script>alert")), not(containsString("<img src=x")),
						not(containsString("<b>Mallory")), not(containsString("<i>iPod")))));
		}
	}

	@Test
	void aStreetThatLooksLikeMarkupIsKeptInTheFormAsText() throws Exception {
		mvc.perform(valid("shippingAddress.street", "\"><script>alert(1)</script>", "shippingAddress.zip", "").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
					not(containsString("<script>alert")))));
	}

	@Test
	void theServiceRootLeadsToTheOrders() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/orders"));
	}

	/**
	 * A valid form as the browser posts it, with some fields replaced: pairs of name and value, a null value leaves
	 * the field out.
	 */
	private static MockHttpServletRequestBuilder valid(String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("customerId", "1");
		fields.put("shippingAddress.street", "1 Main Street");
		fields.put("shippingAddress.zip", "12345");
		fields.put("shippingAddress.city", "Springfield");
		fields.put("billingSameAsShipping", "true");
		fields.put("_billingSameAsShipping", "on");
		fields.put("lines[0].itemId", "1");
		fields.put("lines[0].count", "2");
		fields.put("lines[1].itemId", "6");
		fields.put("lines[1].count", "1");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder post = post("/orders");
		fields.forEach((name, value) -> {
			if (value != null) {
				post.param(name, value);
			}
		});
		return post;
	}

	/** The input named so, then right after it its error message: the message stands beside the field. */
	private static org.hamcrest.Matcher<String> besideField(String name, String message) {
		return matchesPattern(Pattern.compile("(?s).*<input [^>]*name=\"" + Pattern.quote(name)
				+ "\"[^>]*>\\s*<p class=\"error\"[^>]*>" + Pattern.quote(message) + "</p>.*"));
	}

	private static org.hamcrest.Matcher<String> besideSelect(String name, String message) {
		return matchesPattern(Pattern.compile("(?s).*<select [^>]*name=\"" + Pattern.quote(name)
				+ "\"[^>]*>.*?</select>\\s*<p class=\"error\"[^>]*>" + Pattern.quote(message) + "</p>.*"));
	}

}
