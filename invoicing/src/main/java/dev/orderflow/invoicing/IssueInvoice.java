package dev.orderflow.invoicing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
		return issueAll(List.of(invoice)).contains(invoice.orderId());
	}

	/**
	 * Issues the invoices of orders seen for the first time, all in one transaction: one commit for a whole poll of
	 * orders.
	 *
	 * @return the order ids whose invoices were issued now
	 */
	@Transactional
	public Set<Long> issueAll(List<Invoice> batch) {
		Set<Long> issued = invoices.addAllIfAbsent(batch);
		Set<Long> seen = new HashSet<>();
		batch.stream()
			.map(Invoice::orderId)
			.filter(orderId -> !seen.add(orderId) || !issued.contains(orderId))
			.forEach(orderId -> log.info("Order {} was delivered again; it already has an invoice", orderId));
		return issued;
	}

}
