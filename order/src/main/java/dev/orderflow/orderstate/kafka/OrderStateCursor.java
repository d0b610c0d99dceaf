package dev.orderflow.orderstate.kafka;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The position of the last event whose state record the broker acknowledged (V6__order_state_cursor.sql). */
@Repository
class OrderStateCursor {

	/** Only one instance of the order service publishes states at a time; the others find the lock taken. */
	private static final long STATE_LOCK = 0x7374617465L;

	private final JdbcClient jdbc;

	OrderStateCursor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the lock for the rest of the transaction if no other instance holds it. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean tryLock() {
		return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(STATE_LOCK).query(Boolean.class).single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	long position() {
		return jdbc.sql("select position from order_state_cursor where id = 1").query(Long.class).single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void moveTo(long position) {
		jdbc.sql("update order_state_cursor set position = ? where id = 1").param(position).update();
	}

}
