package dev.orderflow.invoicing.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.orderflow.invoicing.Invoice;
import dev.orderflow.invoicing.InvoiceLine;

/**
 * The part of an order event that invoicing reads: of {@code OrderCreated} the customer, billing address and lines, of
 * {@code OrderChanged} the billing address, of {@code OrderCancelled} the reason ({@link OrderEvents} says which are
 * required). Fields it does not know are ignored (tolerant reader), so
 * the order service can add fields without breaking invoicing.
 *
 * @param currency of the prices; events before version 2 of the Avro schema (and the JSON form) carry none and are in
 * euros
 * @param reason of a cancellation; may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderToInvoice(Long orderId, Customer customer, Address billingAddress, List<Line> lines,
		String currency, String reason) {

	/** The currency of every order before the event named one, and the only one invoices are kept in. */
	public static final String EUR = "EUR";

	public OrderToInvoice(Long orderId, Customer customer, Address billingAddress, List<Line> lines) {
		this(orderId, customer, billingAddress, lines, null, null);
	}

	public OrderToInvoice(Long orderId, Customer customer, Address billingAddress, List<Line> lines,
			String currency) {
		this(orderId, customer, billingAddress, lines, currency, null);
	}

	/** @throws IncompleteOrderException if the event lacks what an invoice needs; it never will have it */
	public Invoice toInvoice() {
		if (orderId == null || customer == null || customer.id() == null || billingAddress == null || lines == null
				|| lines.isEmpty()) {
			throw new IncompleteOrderException(
					"an order event needs orderId, customer id, billingAddress and lines: " + this);
		}
		// Invoice amounts are stored without a currency, so a price in another one would be misread as euros.
		if (currency != null && !currency.equals(EUR)) {
			throw new IncompleteOrderException("invoices are issued in " + EUR + " only, not in " + currency + ": "
					+ this);
		}
		return new Invoice(orderId, customer.id(), customer.name(),
				new dev.orderflow.invoicing.Address(billingAddress.street(), billingAddress.zip(),
						billingAddress.city()),
				lines.stream().map(OrderToInvoice::line).toList(), Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private static InvoiceLine line(Line line) {
		if (line == null || line.itemId() == null || line.unitPrice() == null || line.count() == null
				|| line.count() < 1) {
			throw new IncompleteOrderException("an order line needs itemId, unitPrice and a positive count: " + line);
		}
		return new InvoiceLine(line.itemId(), line.name(), line.unitPrice(), line.count());
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Customer(Long id, String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Address(String street, String zip, String city) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Line(Long itemId, String name, BigDecimal unitPrice, Integer count) {
	}

}
