package dev.orderflow.invoicing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Invoices {

	/** Each invoice with its credit note, if it has one. */
	private static final String SELECT_INVOICES = """
			select i.*, c.number as credit_number, c.amount as credit_amount, c.reason as credit_reason,
			       c.issued_at as credit_issued_at
			from invoice i left join credit_note c using (order_id)
			""";

	private final JdbcClient jdbc;

	Invoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores each invoice unless one exists for its order, in two statements whatever their number: the heads, then
	 * the lines of the heads that were new. The primary key decides, not a check before the insert, so two instances
	 * that receive the same order at once still issue one invoice, and an order twice in the list is invoiced once.
	 *
	 * @return the order ids whose invoices were issued now
	 */
	Set<Long> addAllIfAbsent(List<Invoice> invoices) {
		Set<Long> issued = new HashSet<>(jdbc.sql("""
				insert into invoice (order_id, customer_id, customer_name, street, zip, city, total, created_at)
				select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
				                     ?::numeric[], ?::timestamptz[])
				on conflict (order_id) do nothing returning order_id""")
			.params(column(invoices, Invoice::orderId, Long[]::new),
					column(invoices, Invoice::customerId, Long[]::new),
					column(invoices, Invoice::customerName, String[]::new),
					column(invoices, i -> i.billingAddress().street(), String[]::new),
					column(invoices, i -> i.billingAddress().zip(), String[]::new),
					column(invoices, i -> i.billingAddress().city(), String[]::new),
					column(invoices, i -> i.total().toPlainString(), String[]::new),
					column(invoices, i -> i.createdAt().toString(), String[]::new))
			.query(Long.class)
			.list());
		Set<Long> withLines = new HashSet<>();
		List<Line> lines = invoices.stream()
			.filter(invoice -> issued.contains(invoice.orderId()) && withLines.add(invoice.orderId()))
			.flatMap(invoice -> IntStream.range(0, invoice.lines().size())
				.mapToObj(i -> new Line(invoice.orderId(), i, invoice.lines().get(i))))
			.toList();
		if (!lines.isEmpty()) {
			jdbc.sql("""
					insert into invoice_line (order_id, line_no, item_id, item_name, unit_price, count, amount)
					select * from unnest(?::bigint[], ?::int[], ?::bigint[], ?::varchar[], ?::numeric[], ?::int[],
					                     ?::numeric[])""")
				.params(column(lines, Line::orderId, Long[]::new), column(lines, Line::lineNo, Integer[]::new),
						column(lines, l -> l.line().itemId(), Long[]::new),
						column(lines, l -> l.line().itemName(), String[]::new),
						column(lines, l -> l.line().unitPrice().toPlainString(), String[]::new),
						column(lines, l -> l.line().count(), Integer[]::new),
						column(lines, l -> l.line().amount().toPlainString(), String[]::new))
				.update();
		}
		return issued;
	}

	/** One column of many rows, sent as one array parameter: a statement of a fixed size for any number of rows. */
	private static <T, C> C[] column(List<T> rows, Function<T, C> value, IntFunction<C[]> array) {
		return rows.stream().map(value).toArray(array);
	}

	private record Line(long orderId, int lineNo, InvoiceLine line) {
	}

	public Optional<Invoice> findByOrderId(long orderId) {
		return withLines(jdbc.sql(SELECT_INVOICES + " where order_id = ?").param(orderId).query(Invoices::invoice)
			.list()).stream().findFirst();
	}

	/** Newest first. */
	public Page<Invoice> findAll(Pageable pageable) {
		List<Invoice> content = jdbc.sql(SELECT_INVOICES + " order by i.created_at desc, order_id desc limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(Invoices::invoice)
			.list();
		long total = jdbc.sql("select count(*) from invoice").query(Long.class).single();
		return new PageImpl<>(withLines(content), pageable, total);
	}

	private List<Invoice> withLines(List<Invoice> invoices) {
		if (invoices.isEmpty()) {
			return invoices;
		}
		Map<Long, List<InvoiceLine>> lines = new LinkedHashMap<>();
		invoices.forEach(i -> lines.put(i.orderId(), new ArrayList<>()));
		jdbc.sql("select * from invoice_line where order_id = any(?) order by order_id, line_no")
			.param(lines.keySet().toArray(Long[]::new))
			.query((rs, n) -> lines.get(rs.getLong("order_id"))
				.add(new InvoiceLine(rs.getLong("item_id"), rs.getString("item_name"), rs.getBigDecimal("unit_price"),
						rs.getInt("count"))))
			.list();
		return invoices.stream()
			.map(i -> i.withLines(List.copyOf(lines.get(i.orderId()))))
			.toList();
	}

	private static Invoice invoice(ResultSet rs, int row) throws SQLException {
		return new Invoice(rs.getLong("order_id"), rs.getLong("customer_id"), rs.getString("customer_name"),
				new Address(rs.getString("street"), rs.getString("zip"), rs.getString("city")), List.of(),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("revision"), instant(rs, "corrected_at"),
				InvoiceStatus.valueOf(rs.getString("status")),
				rs.getString("credit_number") == null ? null : new CreditNote(rs.getString("credit_number"),
						rs.getBigDecimal("credit_amount"), rs.getString("credit_reason"),
						rs.getTimestamp("credit_issued_at").toInstant()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
