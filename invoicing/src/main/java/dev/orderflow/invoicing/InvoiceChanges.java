package dev.orderflow.invoicing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What changes an invoice after it was issued: corrections, cancellation with a credit note, and their event ids. */
@Repository
class InvoiceChanges {

	private final JdbcClient jdbc;

	InvoiceChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The invoice's status, its row locked until the transaction ends; empty if there is no invoice. */
	Optional<InvoiceStatus> lockStatus(long orderId) {
		return jdbc.sql("select status from invoice where order_id = ? for update").param(orderId)
			.query((rs, row) -> InvoiceStatus.valueOf(rs.getString("status")))
			.optional();
	}

	/** Records the event id; false if it had been recorded before, that is the event was applied already. */
	boolean firstTime(UUID eventId, long orderId, String type, Instant at) {
		return jdbc.sql("""
				insert into invoice_event (event_id, order_id, type, received_at) values (?, ?, ?, ?)
				on conflict (event_id) do nothing""")
			.params(eventId, orderId, type, Timestamp.from(at))
			.update() == 1;
	}

	/** A new revision if the address differs from the invoice's; the same address changes nothing. */
	void correctAddress(long orderId, Address address, Instant at) {
		jdbc.sql("""
				update invoice set street = ?, zip = ?, city = ?, revision = revision + 1, corrected_at = ?
				where order_id = ? and (street, zip, city) is distinct from (?, ?, ?)""")
			.params(address.street(), address.zip(), address.city(), Timestamp.from(at), orderId, address.street(),
					address.zip(), address.city())
			.update();
	}

	void cancel(long orderId, String reason, Instant at) {
		jdbc.sql("update invoice set status = 'CANCELLED' where order_id = ?").param(orderId).update();
		jdbc.sql("""
				insert into credit_note (order_id, number, amount, reason, issued_at)
				select order_id, 'CN-' || lpad(nextval('credit_note_number')::text, 6, '0'), -total, ?, ?
				from invoice where order_id = ?""")
			.params(reason, Timestamp.from(at), orderId)
			.update();
	}

}
