package dev.orderflow.invoicing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an invoice after it was issued: a corrected billing address makes a new revision of it (the
 * revision and the time of the correction stay visible), a cancellation cancels it with a credit note over its total.
 * Each lifecycle event is applied once per event id; the invoice's row is locked first, so that an instance that
 * receives the same event at the same time waits and then finds it recorded.
 */
@Service
public class InvoiceLifecycle {

	private final IssueInvoice issueInvoice;

	private final InvoiceChanges changes;

	InvoiceLifecycle(IssueInvoice issueInvoice, InvoiceChanges changes) {
		this.issueInvoice = issueInvoice;
		this.changes = changes;
	}

	/**
	 * Applies a poll's events in their order, in one transaction; runs of new orders are stored together.
	 * @throws UnknownInvoiceException for a lifecycle event of an order without invoice
	 */
	@Transactional
	public void applyAll(List<OrderEvent> batch) {
		List<Invoice> placed = new ArrayList<>();
		for (OrderEvent event : batch) {
			if (event instanceof OrderEvent.Placed p) {
				placed.add(p.invoice());
			}
			else if (event instanceof OrderEvent.AddressChanged c) {
				issue(placed);
				if (firstTime(c.eventId(), c.orderId(), "OrderChanged") == InvoiceStatus.ISSUED) {
					changes.correctAddress(c.orderId(), c.billingAddress(), now());
				}
			}
			else if (event instanceof OrderEvent.Cancelled c) {
				issue(placed);
				if (firstTime(c.eventId(), c.orderId(), "OrderCancelled") == InvoiceStatus.ISSUED) {
					changes.cancel(c.orderId(), c.reason(), now());
				}
			}
		}
		issue(placed);
	}

	/** The invoice's status if the event is new to it, null if it was applied before. */
	private InvoiceStatus firstTime(UUID eventId, long orderId, String type) {
		InvoiceStatus status = changes.lockStatus(orderId).orElseThrow(() -> new UnknownInvoiceException(type, orderId));
		return changes.firstTime(eventId, orderId, type, now()) ? status : null;
	}

	private void issue(List<Invoice> placed) {
		if (!placed.isEmpty()) {
			issueInvoice.issueAll(List.copyOf(placed));
			placed.clear();
		}
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
