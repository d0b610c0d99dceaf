package dev.orderflow.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.orderflow.catalog.Customers;
import dev.orderflow.catalog.Items;
import dev.orderflow.order.Address;
import dev.orderflow.order.ChangeOrder;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderLine;
import dev.orderflow.order.OrderStatus;
import dev.orderflow.order.Orders;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.web.WebSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The order page's address form and Cancel button, with the service's real security configuration. */
@WebMvcTest({ OrderPages.class, OrderChangePages.class })
@Import({ WebSecurity.class, AcceptedOrders.class })
class OrderChangePagesTest {

	private static final Address SHIPPING = new Address("1 Main Street", "12345", "Springfield");

	private static final Address BILLING = new Address("7 Ledger Lane", "10001", "New York");

	private static final Order ORDER = new Order(7, 1, "Ada Lovelace", SHIPPING, BILLING,
			List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2)), Instant.parse("2026-11-26T12:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChangeOrder changeOrder;

	@MockitoBean
	PlaceOrder placeOrder;

	@MockitoBean
	Orders orders;

	@MockitoBean
	Customers customers;

	@MockitoBean
	Items items;

	@BeforeEach
	void anOrder() {
		when(orders.findById(7)).thenReturn(Optional.of(ORDER));
	}

	@Test
	void theOrderPageShowsItsStatusAndAFormFilledWithTheCurrentAddresses() throws Exception {
		mvc.perform(get("/orders/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-status\">PLACED<"),
					matchesPattern("(?s).*name=\"shippingAddress.street\"[^>]*value=\"1 Main Street\".*"),
					matchesPattern("(?s).*name=\"billingAddress.city\"[^>]*value=\"New York\".*"),
					containsString("id=\"cancel\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void correctedAddressesAreSavedAndTheOrderPageShownAgain() throws Exception {
		mvc.perform(post("/orders/7/addresses").with(csrf())
			.param("shippingAddress.street", " 3 Quay Street ").param("shippingAddress.zip", "02139")
			.param("shippingAddress.city", "Cambridge").param("billingAddress.street", "7 Ledger Lane")
			.param("billingAddress.zip", "10001").param("billingAddress.city", "New York"))
			.andExpect(redirectedUrl("/orders/7?changed"));

		verify(changeOrder).changeAddresses(7, new Address("3 Quay Street", "02139", "Cambridge"), BILLING);
	}

	@Test
	void aBlankFieldIsShownBesideTheFieldAndNothingChanges() throws Exception {
		mvc.perform(post("/orders/7/addresses").with(csrf())
			.param("shippingAddress.street", "").param("shippingAddress.zip", "02139")
			.param("shippingAddress.city", "Cambridge").param("billingAddress.street", "7 Ledger Lane")
			.param("billingAddress.zip", "10001").param("billingAddress.city", "New York"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern(
					"(?s).*<input [^>]*name=\"shippingAddress.street\"[^>]*>\\s*<p class=\"error\"[^>]*>is required</p>.*")));

		verifyNoInteractions(changeOrder);
	}

	@Test
	void theCancelButtonCancelsWithTheReasonGiven() throws Exception {
		mvc.perform(post("/orders/7/cancellation").with(csrf()).param("reason", "Ordered twice"))
			.andExpect(redirectedUrl("/orders/7?cancelled"));

		verify(changeOrder).cancel(7, "Ordered twice");
	}

	@Test
	void aCancellationWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/orders/7/cancellation").param("reason", "forged")).andExpect(status().isForbidden());

		verifyNoInteractions(changeOrder);
	}

	@Test
	void aCancelledOrderShowsItsStatusAndNoLongerOffersTheForms() throws Exception {
		when(orders.findById(8)).thenReturn(Optional.of(new Order(8, 1, "Ada Lovelace", SHIPPING, BILLING,
				ORDER.lines(), ORDER.createdAt(), OrderStatus.CANCELLED)));

		mvc.perform(get("/orders/8"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-status\">CANCELLED<"),
					not(containsString("id=\"cancel\"")), not(containsString("change-addresses")))));
	}

	@Test
	void theOrderListShowsEachOrdersStatus() throws Exception {
		when(orders.findAll(any())).thenReturn(new PageImpl<>(List.of(ORDER)));

		mvc.perform(get("/orders")).andExpect(content().string(containsString("class=\"status\">PLACED<")));
	}

}
