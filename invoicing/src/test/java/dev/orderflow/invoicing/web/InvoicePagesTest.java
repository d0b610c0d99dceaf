package dev.orderflow.invoicing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.CreditNote;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceLine;
import dev.orderflow.invoicing.InvoiceStatus;
import dev.orderflow.invoicing.Invoices;
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
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(InvoicePages.class)
@TestPropertySource(properties = "orderflow.transport=kafka")
class InvoicePagesTest {

	private static final Invoice INVOICE = new Invoice(7, 1, "Ada Lovelace",
			new Address("7 Ledger Lane", "10001", "New York"),
			List.of(new InvoiceLine(1, "iPod", new BigDecimal("42.00"), 2),
					new InvoiceLine(6, "USB-C cable", new BigDecimal("9.99"), 1)),
			Instant.parse("2026-11-26T12:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Invoices invoices;

	@Test
	void aCancelledInvoiceShowsItsCreditNoteWithItsNumberAndNegativeAmountAndItsRevision() throws Exception {
		when(invoices.findByOrderId(7)).thenReturn(Optional.of(new Invoice(7, 1, "Ada Lovelace",
				INVOICE.billingAddress(), INVOICE.lines(), INVOICE.createdAt(), 2, Instant.parse("2026-11-26T12:30:00Z"),
				InvoiceStatus.CANCELLED,
				new CreditNote("CN-000003", new BigDecimal("-93.99"), null, Instant.parse("2026-11-26T13:00:00Z")))));

		mvc.perform(get("/invoices/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"invoice-status\">CANCELLED<"),
					containsString("id=\"revision\">2<"), containsString("2026-11-26 12:30:00 UTC"),
					containsString("id=\"credit-note-number\">CN-000003<"), containsString("-93.99"),
					containsString("none given"))));
	}

	@Test
	void theListShowsEachInvoiceWithItsTotalAndPagesThroughTheRest() throws Exception {
		when(invoices.findAll(PageRequest.of(0, 20)))
			.thenReturn(new PageImpl<>(List.of(INVOICE), PageRequest.of(0, 20), 21));

		mvc.perform(get("/invoices"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/invoices/7\""), containsString("93.99"),
					containsString("7 Ledger Lane, 10001 New York"), containsString("Page 1 of 2, 21 in all"),
					containsString("href=\"/invoices?page=1&amp;size=20\""), not(containsString("rel=\"prev\"")))));
	}

	@Test
	void anInvoicePageShowsEachLineWithItsAmountAndTheTotal() throws Exception {
		when(invoices.findByOrderId(7)).thenReturn(Optional.of(INVOICE));

		mvc.perform(get("/invoices/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Invoice for order #7"), containsString("New York"),
					containsString("84.00"), containsString("9.99"), containsString("93.99"),
					containsString("href=\"/order/orders/7\""), containsString("href=\"/shipping/shipments/7\""))));
	}

	@Test
	void anInvoiceThatDoesNotExistYetIsANotFoundPage() throws Exception {
		when(invoices.findByOrderId(8)).thenReturn(Optional.empty());

		mvc.perform(get("/invoices/8"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("There is no invoice for order 8 (yet).")));
	}

	@Test
	void aStreetThatLooksLikeMarkupIsShownAsText() throws Exception {
		Invoice hostile = new Invoice(9, 1, "<b>Mallory</b>", new Address("<script>alert(1)</script>", "1", "X"),
				List.of(new InvoiceLine(1, "<img src=x onerror=alert(2)>", BigDecimal.ONE, 1)),
				Instant.parse("2026-11-26T12:00:00Z"));
		when(invoices.findByOrderId(9)).thenReturn(Optional.of(hostile));
		when(invoices.findAll(PageRequest.of(0, 20)))
			.thenReturn(new PageImpl<>(List.of(hostile), PageRequest.of(0, 20), 1));

		for (String page : List.of("/invoices/9", "/invoices")) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
						not(containsString("<script>alert")), not(containsString("<b>Mallory")),
						not(containsString("<img src=x")))));
		}
	}

	@Test
	void theServiceRootLeadsToTheList() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/invoices"));
	}

	@Test
	void withTheKafkaTransportTheListLinksToTheDeadLettersAndToNoFeedPage() throws Exception {
		when(invoices.findAll(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

		mvc.perform(get("/invoices")).andExpect(content().string(allOf(not(containsString("href=\"/feed\"")),
				containsString("href=\"/dead-letters\""))));
	}

	@Nested
	@TestPropertySource(properties = "orderflow.transport=atom")
	class WithTheAtomTransport {

		@Test
		void theListLinksToTheFeedPageAndToNoDeadLetters() throws Exception {
			when(invoices.findAll(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

			mvc.perform(get("/invoices")).andExpect(content().string(allOf(containsString("href=\"/feed\""),
					not(containsString("href=\"/dead-letters\"")))));
		}

	}

}
