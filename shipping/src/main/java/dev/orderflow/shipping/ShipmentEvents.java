package dev.orderflow.shipping;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lifecycle events each shipment received, by event id, with what came of them. */
@Repository
public class ShipmentEvents {

	private final JdbcClient jdbc;

	ShipmentEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean received(UUID eventId) {
		return jdbc.sql("select exists (select 1 from shipment_event where event_id = ?)").param(eventId)
			.query(Boolean.class)
			.single();
	}

	void add(UUID eventId, long orderId, String type, ShipmentEvent.Outcome outcome, String detail, Instant at) {
		jdbc.sql("""
				insert into shipment_event (event_id, order_id, type, outcome, detail, received_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(eventId, orderId, type, outcome.name(), detail, Timestamp.from(at))
			.update();
	}

	/** Oldest first. */
	public List<ShipmentEvent> of(long orderId) {
		return jdbc.sql("select * from shipment_event where order_id = ? order by received_at, event_id")
			.param(orderId)
			.query((rs, row) -> new ShipmentEvent(rs.getString("type"),
					ShipmentEvent.Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
					rs.getTimestamp("received_at").toInstant()))
			.list();
	}

}
