package dev.orderflow.invoicing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Invoices {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Invoices(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Stores the invoice unless one exists for the order. The primary key decides, not a check before the insert, so
	 * two instances that receive the same order at once still issue one invoice.
	 */
	boolean addIfAbsent(Invoice invoice) {
		int inserted = jdbc.sql("""
				insert into invoice (order_id, customer_id, customer_name, street, zip, city, total, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing""")
			.params(invoice.orderId(), invoice.customerId(), invoice.customerName(), invoice.billingAddress().street(),
					invoice.billingAddress().zip(), invoice.billingAddress().city(), invoice.total(),
					Timestamp.from(invoice.createdAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < invoice.lines().size(); i++) {
			InvoiceLine line = invoice.lines().get(i);
			rows.add(new Object[] { invoice.orderId(), i, line.itemId(), line.itemName(), line.unitPrice(),
					line.count(), line.amount() });
		}
		batch.batchUpdate("""
				insert into invoice_line (order_id, line_no, item_id, item_name, unit_price, count, amount)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
		return true;
	}

	public Optional<Invoice> findByOrderId(long orderId) {
		return withLines(jdbc.sql("select * from invoice where order_id = ?").param(orderId).query(Invoices::invoice)
			.list()).stream().findFirst();
	}

	/** Newest first. */
	public Page<Invoice> findAll(Pageable pageable) {
		List<Invoice> content = jdbc.sql("select * from invoice order by created_at desc, order_id desc limit ? offset ?")
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
			.map(i -> new Invoice(i.orderId(), i.customerId(), i.customerName(), i.billingAddress(),
					List.copyOf(lines.get(i.orderId())), i.createdAt()))
			.toList();
	}

	private static Invoice invoice(ResultSet rs, int row) throws SQLException {
		return new Invoice(rs.getLong("order_id"), rs.getLong("customer_id"), rs.getString("customer_name"),
				new Address(rs.getString("street"), rs.getString("zip"), rs.getString("city")), List.of(),
				rs.getTimestamp("created_at").toInstant());
	}

}
