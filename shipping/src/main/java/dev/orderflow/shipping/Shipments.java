package dev.orderflow.shipping;

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
public class Shipments {

	private final JdbcClient jdbc;

	Shipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores each shipment unless one exists for its order, in two statements whatever their number: the heads, then
	 * the lines of the heads that were new. The primary key decides, not a check before the insert, so two instances
	 * that receive the same order at once still create one shipment, and an order twice in the list is stored once.
	 *
	 * @return the order ids whose shipments were created now
	 */
	Set<Long> addAllIfAbsent(List<Shipment> shipments) {
		Set<Long> created = new HashSet<>(jdbc.sql("""
				insert into shipment (order_id, customer_name, street, zip, city, created_at)
				select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
				                     ?::timestamptz[])
				on conflict (order_id) do nothing returning order_id""")
			.params(column(shipments, Shipment::orderId, Long[]::new),
					column(shipments, Shipment::customerName, String[]::new),
					column(shipments, s -> s.address().street(), String[]::new),
					column(shipments, s -> s.address().zip(), String[]::new),
					column(shipments, s -> s.address().city(), String[]::new),
					column(shipments, s -> s.createdAt().toString(), String[]::new))
			.query(Long.class)
			.list());
		Set<Long> withLines = new HashSet<>();
		List<Line> lines = shipments.stream()
			.filter(shipment -> created.contains(shipment.orderId()) && withLines.add(shipment.orderId()))
			.flatMap(shipment -> IntStream.range(0, shipment.lines().size())
				.mapToObj(i -> new Line(shipment.orderId(), i, shipment.lines().get(i))))
			.toList();
		if (!lines.isEmpty()) {
			jdbc.sql("""
					insert into shipment_line (order_id, line_no, item_id, item_name, count)
					select * from unnest(?::bigint[], ?::int[], ?::bigint[], ?::varchar[], ?::int[])""")
				.params(column(lines, Line::orderId, Long[]::new), column(lines, Line::lineNo, Integer[]::new),
						column(lines, l -> l.line().itemId(), Long[]::new),
						column(lines, l -> l.line().itemName(), String[]::new),
						column(lines, l -> l.line().count(), Integer[]::new))
				.update();
		}
		return created;
	}

	/** One column of many rows, sent as one array parameter: a statement of a fixed size for any number of rows. */
	private static <T, C> C[] column(List<T> rows, Function<T, C> value, IntFunction<C[]> array) {
		return rows.stream().map(value).toArray(array);
	}

	private record Line(long orderId, int lineNo, ShipmentLine line) {
	}

	public Optional<Shipment> findByOrderId(long orderId) {
		return withLines(jdbc.sql("select * from shipment where order_id = ?").param(orderId).query(Shipments::shipment)
			.list()).stream().findFirst();
	}

	/** The shipment's status, its row locked until the transaction ends; empty if there is no shipment. */
	Optional<ShipmentStatus> lockStatus(long orderId) {
		return jdbc.sql("select status from shipment where order_id = ? for update").param(orderId)
			.query((rs, row) -> ShipmentStatus.valueOf(rs.getString("status")))
			.optional();
	}

	void changeAddress(long orderId, Address address) {
		jdbc.sql("update shipment set street = ?, zip = ?, city = ? where order_id = ?")
			.params(address.street(), address.zip(), address.city(), orderId)
			.update();
	}

	void changeStatus(long orderId, ShipmentStatus status, Instant at) {
		jdbc.sql("""
				update shipment set status = ?,
				    dispatched_at = case when ? = 'DISPATCHED' then ? else dispatched_at end,
				    cancelled_at = case when ? = 'CANCELLED' then ? else cancelled_at end
				where order_id = ?""")
			.params(status.name(), status.name(), Timestamp.from(at), status.name(), Timestamp.from(at), orderId)
			.update();
	}

	/** Newest first. */
	public Page<Shipment> findAll(Pageable pageable) {
		List<Shipment> content = jdbc.sql("select * from shipment order by created_at desc, order_id desc limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(Shipments::shipment)
			.list();
		long total = jdbc.sql("select count(*) from shipment").query(Long.class).single();
		return new PageImpl<>(withLines(content), pageable, total);
	}

	private List<Shipment> withLines(List<Shipment> shipments) {
		if (shipments.isEmpty()) {
			return shipments;
		}
		Map<Long, List<ShipmentLine>> lines = new LinkedHashMap<>();
		shipments.forEach(s -> lines.put(s.orderId(), new ArrayList<>()));
		jdbc.sql("select * from shipment_line where order_id = any(?) order by order_id, line_no")
			.param(lines.keySet().toArray(Long[]::new))
			.query((rs, n) -> lines.get(rs.getLong("order_id"))
				.add(new ShipmentLine(rs.getLong("item_id"), rs.getString("item_name"), rs.getInt("count"))))
			.list();
		return shipments.stream()
			.map(s -> new Shipment(s.orderId(), s.customerName(), s.address(), List.copyOf(lines.get(s.orderId())),
					s.createdAt(), s.status()))
			.toList();
	}

	private static Shipment shipment(ResultSet rs, int row) throws SQLException {
		return new Shipment(rs.getLong("order_id"), rs.getString("customer_name"),
				new Address(rs.getString("street"), rs.getString("zip"), rs.getString("city")), List.of(),
				rs.getTimestamp("created_at").toInstant(), ShipmentStatus.valueOf(rs.getString("status")));
	}

}
