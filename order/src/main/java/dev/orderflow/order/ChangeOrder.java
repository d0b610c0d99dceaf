package dev.orderflow.order;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.orderflow.eventlog.EventLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects an order's addresses or cancels it. Like placing, each writes the order and its event in one transaction;
 * the order row is locked first, so two changes of one order get their events in the order they were made. Whether
 * the goods have left is known only to shipping, which decides there whether a change still applies
 * (docs/design.md, "Order lifecycle").
 */
@Service
public class ChangeOrder {

	private final Orders orders;

	private final EventLog events;

	private final Clock clock;

	ChangeOrder(Orders orders, EventLog events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws UnknownOrderException if there is no such order
	 * @throws OrderCancelledException if it is cancelled
	 */
	@Transactional
	public Order changeAddresses(long id, Address shipping, Address billing) {
		Order order = orders.findForUpdate(id).orElseThrow(() -> new UnknownOrderException(id));
		if (order.cancelled()) {
			throw new OrderCancelledException(id);
		}
		if (order.shippingAddress().equals(shipping) && order.billingAddress().equals(billing)) {
			return order;
		}
		orders.changeAddresses(id, shipping, billing);
		Order changed = order.withAddresses(shipping, billing);
		events.append(OrderChanged.of(changed, now()));
		return changed;
	}

	/**
	 * Cancelling a cancelled order changes nothing and writes no second event.
	 * @param reason may be null
	 * @throws UnknownOrderException if there is no such order
	 */
	@Transactional
	public Order cancel(long id, String reason) {
		Order order = orders.findForUpdate(id).orElseThrow(() -> new UnknownOrderException(id));
		if (order.cancelled()) {
			return order;
		}
		Instant now = now();
		orders.cancel(id, reason, now);
		events.append(new OrderCancelled(id, now, reason));
		return order.withStatus(OrderStatus.CANCELLED);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
