package dev.orderflow.invoicing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.orderflow.invoicing.Address;
import dev.orderflow.invoicing.CreditNote;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceStatus;
import dev.orderflow.invoicing.Invoices;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

	private final Invoices invoices;

	InvoiceController(Invoices invoices) {
		this.invoices = invoices;
	}

	/** 404 until the order's event has arrived; clients poll this to see the invoice appear. */
	@GetMapping("/{orderId}")
	InvoiceResponse invoice(@PathVariable long orderId) {
		return invoices.findByOrderId(orderId)
			.map(InvoiceResponse::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No invoice yet for order " + orderId));
	}

	@GetMapping
	PagedModel<InvoiceResponse> invoices(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(invoices.findAll(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)))
			.map(InvoiceResponse::of));
	}

	/** As issued or last corrected ({@code revision}, {@code correctedAt}); a cancelled one with its credit note. */
	record InvoiceResponse(long orderId, long customerId, String customerName, Address billingAddress,
			List<Line> lines, BigDecimal total, Instant createdAt, InvoiceStatus status, int revision,
			Instant correctedAt, CreditNote creditNote) {

		record Line(long itemId, String itemName, BigDecimal unitPrice, int count, BigDecimal amount) {
		}

		static InvoiceResponse of(Invoice invoice) {
			return new InvoiceResponse(invoice.orderId(), invoice.customerId(), invoice.customerName(),
					invoice.billingAddress(),
					invoice.lines()
						.stream()
						.map(l -> new Line(l.itemId(), l.itemName(), l.unitPrice(), l.count(), l.amount()))
						.toList(),
					invoice.total(), invoice.createdAt(), invoice.status(), invoice.revision(), invoice.correctedAt(),
					invoice.creditNote());
		}

	}

}
