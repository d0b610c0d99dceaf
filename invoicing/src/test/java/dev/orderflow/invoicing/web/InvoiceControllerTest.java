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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(InvoiceController.class)
class InvoiceControllerTest {

	private static final Invoice INVOICE = new Invoice(7, 2, "Grace Hopper",
			new Address("7 Ledger Lane", "10001", "New York"),
			List.of(new InvoiceLine(1, "iPod", new BigDecimal("42.00"), 2),
					new InvoiceLine(6, "USB-C cable", new BigDecimal("9.99"), 3)),
			Instant.parse("2026-11-26T12:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Invoices invoices;

	@Test
	void anInvoiceThatDoesNotExistYetIs404AsAProblem() throws Exception {
		when(invoices.findByOrderId(7)).thenReturn(Optional.empty());

		mvc.perform(get("/api/invoices/7"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anInvoiceShowsBillingAddressLineAmountsAndTotal() throws Exception {
		when(invoices.findByOrderId(7)).thenReturn(Optional.of(INVOICE));

		mvc.perform(get("/api/invoices/7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.billingAddress.street").value("7 Ledger Lane"))
			.andExpect(jsonPath("$.lines[1].amount").value(29.97))
			.andExpect(jsonPath("$.total").value(113.97));
	}

	@Test
	void aCancelledInvoiceShowsItsCreditNoteAndACorrectedOneItsRevision() throws Exception {
		when(invoices.findByOrderId(7)).thenReturn(Optional.of(new Invoice(7, 2, "Grace Hopper", INVOICE.billingAddress(),
				INVOICE.lines(), INVOICE.createdAt(), 2, Instant.parse("2026-11-26T12:30:00Z"), InvoiceStatus.CANCELLED,
				new CreditNote("CN-000001", new BigDecimal("-113.97"), "twice", Instant.parse("2026-11-26T13:00:00Z")))));

		mvc.perform(get("/api/invoices/7"))
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.correctedAt").value("2026-11-26T12:30:00Z"))
			.andExpect(jsonPath("$.creditNote.number").value("CN-000001"))
			.andExpect(jsonPath("$.creditNote.amount").value(-113.97));
	}

	@Test
	void invoicesArePaged() throws Exception {
		when(invoices.findAll(any())).thenReturn(new PageImpl<>(List.of(INVOICE), PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/invoices"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].total").value(113.97))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

}
