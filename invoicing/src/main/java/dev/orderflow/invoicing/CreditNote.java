package dev.orderflow.invoicing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Cancels an invoice: its own number, and the invoice's total as a negative amount.
 * @param reason why the order was cancelled; may be null
 */
public record CreditNote(String number, BigDecimal amount, String reason, Instant issuedAt) {
}
