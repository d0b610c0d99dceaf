package dev.orderflow.shipping;

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
public class Shipments {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Shipments(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Stores the shipment unless one exists for the order. The primary key decides, not a check before the insert,
	 * so two instances that receive the same order at once still create one shipment.
	 */
	boolean addIfAbsent(Shipment shipment) {
		int inserted = jdbc.sql("""
				insert into shipment (order_id, customer_name, street, zip, city, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing""")
			.params(shipment.orderId(), shipment.customerName(), shipment.address().street(),
					shipment.address().zip(), shipment.address().city(), Timestamp.from(shipment.createdAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < shipment.lines().size(); i++) {
			ShipmentLine line = shipment.lines().get(i);
			rows.add(new Object[] { shipment.orderId(), i, line.itemId(), line.itemName(), line.count() });
		}
		batch.batchUpdate(
				"insert into shipment_line (order_id, line_no, item_id, item_name, count) values (?, ?, ?, ?, ?)", rows);
		return true;
	}

	public Optional<Shipment> findByOrderId(long orderId) {
		return withLines(jdbc.sql("select * from shipment where order_id = ?").param(orderId).query(Shipments::shipment)
			.list()).stream().findFirst();
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
					s.createdAt()))
			.toList();
	}

	private static Shipment shipment(ResultSet rs, int row) throws SQLException {
		return new Shipment(rs.getLong("order_id"), rs.getString("customer_name"),
				new Address(rs.getString("street"), rs.getString("zip"), rs.getString("city")), List.of(),
				rs.getTimestamp("created_at").toInstant());
	}

}
