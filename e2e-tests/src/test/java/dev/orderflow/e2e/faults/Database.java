package dev.orderflow.e2e.faults;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** What the services stored, read from their schemas {@code ordering}, {@code shipping}, {@code invoicing}. */
final class Database {

	private final String url;

	private final String user;

	private final String password;

	/** @param status what {@code orderflow status --json} printed */
	Database(JsonNode status) {
		this.url = status.get("jdbcUrl").asString();
		this.user = status.get("databaseUsername").asString();
		this.password = status.get("databasePassword").asString();
	}

	/** The order ids among {@code ids} that have a shipment. */
	Set<Long> shipped(Collection<Long> ids) {
		return ids("select order_id from shipping.shipment where order_id = any(?)", ids);
	}

	/** The order ids among {@code ids} that have an invoice. */
	Set<Long> invoiced(Collection<Long> ids) {
		return ids("select order_id from invoicing.invoice where order_id = any(?)", ids);
	}

	/** Invoice totals of the given orders. */
	Map<Long, BigDecimal> invoiceTotals(Collection<Long> ids) {
		Map<Long, BigDecimal> totals = new HashMap<>();
		query("select order_id, total from invoicing.invoice where order_id = any(?)", ids,
				rows -> totals.put(rows.getLong(1), rows.getBigDecimal(2)));
		return totals;
	}

	/** The highest order id the order service committed so far. */
	long lastOrderId() {
		return count("select coalesce(max(id), 0) from ordering.orders", null);
	}

	/** Orders the order service committed with an id above {@code after}, with their totals. */
	Map<Long, BigDecimal> ordersAfter(long after) {
		Map<Long, BigDecimal> totals = new HashMap<>();
		query("select order_id, sum(unit_price * count) from ordering.order_line where order_id > ? group by order_id",
				after, rows -> totals.put(rows.getLong(1), rows.getBigDecimal(2)));
		return totals;
	}

	/** Order ids above {@code after} that shipping has a shipment for, leaving out events tests wrote themselves. */
	Set<Long> shippedAfter(long after) {
		return idsAfter("select order_id from shipping.shipment where order_id > ? and order_id < "
				+ InjectedOrders.FIRST_ID, after);
	}

	/** Order ids above {@code after} that invoicing has an invoice for, leaving out events tests wrote themselves. */
	Set<Long> invoicedAfter(long after) {
		return idsAfter("select order_id from invoicing.invoice where order_id > ? and order_id < "
				+ InjectedOrders.FIRST_ID, after);
	}

	/** Events the order service logged since the given time, and how many of them no broker has acknowledged. */
	long[] eventsSince(Instant since) {
		long[] counts = new long[2];
		query("""
				select count(*), count(*) filter (where published_at is null)
				from ordering.event_log where occurred_at > ?""",
				Timestamp.from(since), rows -> {
					counts[0] = rows.getLong(1);
					counts[1] = rows.getLong(2);
				});
		return counts;
	}

	/** Events no broker has acknowledged yet. */
	long unpublishedEvents() {
		return count("select count(*) from ordering.event_log where published_at is null", null);
	}

	/** Rows of a table such as {@code shipping.shipment_line} that belong to the given orders. */
	long rows(String table, Collection<Long> ids) {
		return count("select count(*) from " + table + " where order_id = any(?)", ids);
	}

	/** Rows of a table such as {@code shipping.shipment}, all of them. */
	long rows(String table) {
		return count("select count(*) from " + table, null);
	}

	private long count(String sql, Object parameter) {
		long[] count = new long[1];
		query(sql, parameter, rows -> count[0] = rows.getLong(1));
		return count[0];
	}

	private Set<Long> idsAfter(String sql, long after) {
		Set<Long> found = new HashSet<>();
		query(sql, after, rows -> found.add(rows.getLong(1)));
		return found;
	}

	private Set<Long> ids(String sql, Collection<Long> ids) {
		Set<Long> found = new HashSet<>();
		query(sql, ids, rows -> found.add(rows.getLong(1)));
		return found;
	}

	private interface Row {

		void read(ResultSet rows) throws SQLException;

	}

	private void query(String sql, Object parameter, Row row) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter instanceof Collection<?> values) {
				statement.setArray(1, connection.createArrayOf("bigint", values.toArray()));
			}
			else if (parameter != null) {
				statement.setObject(1, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					row.read(rows);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

}
