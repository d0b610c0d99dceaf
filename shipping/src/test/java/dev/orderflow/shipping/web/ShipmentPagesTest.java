package dev.orderflow.shipping.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentEvent;
import dev.orderflow.shipping.ShipmentEvents;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.ShipmentLine;
import dev.orderflow.shipping.ShipmentStatus;
import dev.orderflow.shipping.Shipments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ShipmentPages.class)
@TestPropertySource(properties = "orderflow.transport=kafka")
class ShipmentPagesTest {

	private static final Shipment SHIPMENT = new Shipment(7, "Ada Lovelace",
			new Address("1 Main Street", "12345", "Springfield"),
			List.of(new ShipmentLine(1, "iPod", 2), new ShipmentLine(6, "USB-C cable", 1)),
			Instant.parse("2026-11-26T12:00:00.123Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Shipments shipments;

	@MockitoBean
	ShipmentEvents events;

	@MockitoBean
	ShipmentLifecycle lifecycle;

	@Test
	void theListShowsEachShipmentWithALinkToItAndPagesThroughTheRest() throws Exception {
		when(shipments.findAll(PageRequest.of(1, 20)))
			.thenReturn(new PageImpl<>(List.of(SHIPMENT), PageRequest.of(1, 20), 41));

		mvc.perform(get("/shipments").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/shipments/7\""),
					containsString("1 Main Street, 12345 Springfield"), containsString("2026-11-26 12:00:00 UTC"),
					containsString("Page 2 of 3, 41 in all"), containsString("href=\"/shipments?page=0&amp;size=20\""),
					containsString("href=\"/shipments?page=2&amp;size=20\""))));
	}

	@Test
	void aShipmentPageShowsTheAddressTheItemsAndLinksToTheOrderAndInvoice() throws Exception {
		when(shipments.findByOrderId(7)).thenReturn(Optional.of(SHIPMENT));

		mvc.perform(get("/shipments/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Shipment for order #7"), containsString("Ada Lovelace"),
					containsString("12345 Springfield"), containsString("USB-C cable"),
					containsString("href=\"/order/orders/7\""), containsString("href=\"/invoicing/invoices/7\""))));
	}

	@Test
	void aShipmentThatDoesNotExistYetIsANotFoundPage() throws Exception {
		when(shipments.findByOrderId(8)).thenReturn(Optional.empty());

		mvc.perform(get("/shipments/8"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("There is no shipment for order 8 (yet).")));
	}

	@Test
	void aStreetThatLooksLikeMarkupIsShownAsText() throws Exception {
		Shipment hostile = new Shipment(9, "<b>Mallory</b>", new Address("<script>alert(1)</script>", "1", "X"),
				List.of(new ShipmentLine(1, "<img src=x onerror=alert(2)>", 1)), Instant.parse("2026-11-26T12:00:00Z"));
		when(shipments.findByOrderId(9)).thenReturn(Optional.of(hostile));
		when(shipments.findAll(PageRequest.of(0, 20)))
			.thenReturn(new PageImpl<>(List.of(hostile), PageRequest.of(0, 20), 1));

		for (String page : List.of("/shipments/9", "/shipments")) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
						not(containsString("<script>alert")), not(containsString("<b>Mallory")),
						not(containsString("<img src=x")))));
		}
	}

	@Test
	void anOpenShipmentOffersDispatchAndListsWhatBecameOfTheOrdersChanges() throws Exception {
		when(shipments.findByOrderId(7)).thenReturn(Optional.of(SHIPMENT));
		when(events.of(7)).thenReturn(List.of(new ShipmentEvent("OrderChanged", ShipmentEvent.Outcome.APPLIED,
				"1 Main Street, 12345 Springfield", Instant.parse("2026-11-26T12:05:00Z"))));

		mvc.perform(get("/shipments/7"))
			.andExpect(content().string(allOf(containsString("id=\"shipment-status\">OPEN<"),
					containsString("action=\"/shipments/7/dispatch\""), containsString("name=\"_csrf\""),
					containsString("<td class=\"outcome\">applied</td>"))));
	}

	@Test
	void aDispatchedShipmentShowsChangesThatArrivedTooLate() throws Exception {
		when(shipments.findByOrderId(7)).thenReturn(Optional.of(new Shipment(7, "Ada Lovelace", SHIPMENT.address(),
				SHIPMENT.lines(), SHIPMENT.createdAt(), ShipmentStatus.DISPATCHED)));
		when(events.of(7)).thenReturn(List.of(new ShipmentEvent("OrderCancelled", ShipmentEvent.Outcome.TOO_LATE,
				null, Instant.parse("2026-11-26T12:05:00Z"))));

		mvc.perform(get("/shipments/7"))
			.andExpect(content().string(allOf(containsString("id=\"shipment-status\">DISPATCHED<"),
					not(containsString("/shipments/7/dispatch")),
					containsString("arrived too late (already dispatched)"))));
	}

	@Test
	void dispatchingNeedsTheCsrfTokenAndLeadsBackToTheShipment() throws Exception {
		when(lifecycle.dispatch(7)).thenReturn(Optional.of(ShipmentStatus.DISPATCHED));

		mvc.perform(post("/shipments/7/dispatch")).andExpect(status().isForbidden());
		verify(lifecycle, never()).dispatch(7);
		mvc.perform(post("/shipments/7/dispatch").with(csrf())).andExpect(redirectedUrl("/shipments/7"));
		verify(lifecycle).dispatch(7);
	}

	@Test
	void theServiceRootLeadsToTheList() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/shipments"));
	}

	@Test
	void withTheKafkaTransportTheListLinksToTheDeadLettersAndToNoFeedPage() throws Exception {
		when(shipments.findAll(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

		mvc.perform(get("/shipments")).andExpect(content().string(allOf(not(containsString("href=\"/feed\"")),
				containsString("href=\"/dead-letters\""))));
	}

	@Nested
	@TestPropertySource(properties = "orderflow.transport=atom")
	class WithTheAtomTransport {

		@Test
		void theListLinksToTheFeedPageAndToNoDeadLetters() throws Exception {
			when(shipments.findAll(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

			mvc.perform(get("/shipments")).andExpect(content().string(allOf(containsString("href=\"/feed\""),
					not(containsString("href=\"/dead-letters\"")))));
		}

	}

}
