package dev.orderflow.invoicing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues one invoice per order, however often the order is delivered. */
@Service
public class IssueInvoice {

	private static final Logger log = LoggerFactory.getLogger(IssueInvoice.class);

	private final Invoices invoices;

	IssueInvoice(Invoices invoices) {
		this.invoices = invoices;
	}

	/** Returns whether a new invoice was issued; false means the order had been seen before. */
	@Transactional
	public boolean issue(Invoice invoice) {
		boolean issued = invoices.addIfAbsent(invoice);
		if (!issued) {
			log.info("Order {} was delivered again; it already has an invoice", invoice.orderId());
		}
		return issued;
	}

}
