package dev.orderflow.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The total is computed from the lines here, not copied from the order, so an invoice always adds up.
 * @param revision 1 as issued, one more for each correction of the billing address
 * @param correctedAt when it was last corrected; null if never
 * @param creditNote the credit note that cancelled it; null unless cancelled
 */
public record Invoice(long orderId, long customerId, String customerName, Address billingAddress,
		List<InvoiceLine> lines, Instant createdAt, int revision, Instant correctedAt, InvoiceStatus status,
		CreditNote creditNote) {

	/** A new invoice, as issued. */
	public Invoice(long orderId, long customerId, String customerName, Address billingAddress, List<InvoiceLine> lines,
			Instant createdAt) {
		this(orderId, customerId, customerName, billingAddress, lines, createdAt, 1, null, InvoiceStatus.ISSUED, null);
	}

	public BigDecimal total() {
		return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	Invoice withLines(List<InvoiceLine> newLines) {
		return new Invoice(orderId, customerId, customerName, billingAddress, newLines, createdAt, revision,
				correctedAt, status, creditNote);
	}

}
