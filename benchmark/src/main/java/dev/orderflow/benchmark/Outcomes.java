package dev.orderflow.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the system recorded about the benchmark's orders, read from each service's own schema: when the order was
 * accepted, when its shipment and its invoice were stored. All three come from the one machine clock.
 */
final class Outcomes implements AutoCloseable {

	/** Times in epoch microseconds; 0 when not stored (yet). */
	record Outcome(long orderId, long acceptedMicros, long shippedMicros, long invoicedMicros) {

		boolean complete() {
			return shippedMicros > 0 && invoicedMicros > 0;
		}

		long bothMicros() {
			return Math.max(shippedMicros, invoicedMicros);
		}

	}

	private final Connection connection;

	Outcomes(SystemUnderTest.Status status) {
		try {
			connection = DriverManager.getConnection(status.jdbcUrl(), status.databaseUsername(),
					status.databasePassword() == null ? "" : status.databasePassword());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to " + status.jdbcUrl() + ": " + ex.getMessage(), ex);
		}
	}

	long lastOrderId() {
		return single("select coalesce(max(id), 0) from ordering.orders");
	}

	/** How many orders after {@code afterId} have a shipment and how many an invoice, for the progress line. */
	long[] storedAfter(long afterId) {
		return new long[] { single("select count(*) from shipping.shipment where order_id > " + afterId),
				single("select count(*) from invoicing.invoice where order_id > " + afterId) };
	}

	List<Outcome> of(Collection<Long> orderIds) {
		String sql = """
				select o.id, o.created_at, s.created_at as shipped, i.created_at as invoiced
				from ordering.orders o
				left join shipping.shipment s on s.order_id = o.id
				left join invoicing.invoice i on i.order_id = o.id
				where o.id = any(?) order by o.id""";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
			List<Outcome> outcomes = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					outcomes.add(new Outcome(rs.getLong(1), micros(rs, 2), micros(rs, 3), micros(rs, 4)));
				}
			}
			return outcomes;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Rows per order in each consumer's table; more than one would be a doubled order. */
	long[] rowsFor(Collection<Long> orderIds) {
		try (PreparedStatement shipments = connection
			.prepareStatement("select count(*) from shipping.shipment where order_id = any(?)");
				PreparedStatement invoices = connection
					.prepareStatement("select count(*) from invoicing.invoice where order_id = any(?)")) {
			shipments.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
			invoices.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
			return new long[] { count(shipments), count(invoices) };
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long micros(ResultSet rs, int column) throws SQLException {
		java.sql.Timestamp time = rs.getTimestamp(column);
		if (time == null) {
			return 0;
		}
		java.time.Instant instant = time.toInstant();
		return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
	}

	private long single(String sql) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			return count(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long count(PreparedStatement statement) throws SQLException {
		try (ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

}
