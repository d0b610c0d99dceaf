package dev.orderflow.order;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.orderflow.catalog.Customer;
import dev.orderflow.catalog.Customers;
import dev.orderflow.catalog.Item;
import dev.orderflow.catalog.Items;
import dev.orderflow.eventlog.EventLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an order. The order and its event are written in one database transaction, so an order is published if and
 * only if it was committed; the event log relays it to the transports afterwards.
 */
@Service
public class PlaceOrder {

	private final Customers customers;

	private final Items items;

	private final Orders orders;

	private final EventLog events;

	private final Clock clock;

	PlaceOrder(Customers customers, Items items, Orders orders, EventLog events, Clock clock) {
		this.customers = customers;
		this.items = items;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Order place(OrderRequest request) {
		List<Violation> violations = new ArrayList<>();
		Customer customer = customers.findById(request.customerId()).orElse(null);
		if (customer == null) {
			violations.add(new Violation("customerId", "no customer with id " + request.customerId()));
		}
		if (request.lines().isEmpty()) {
			violations.add(new Violation("lines", "an order needs at least one line"));
		}
		Map<Long, Item> catalog = items.findAllById(request.lines().stream().map(OrderRequest.Line::itemId).toList());
		List<OrderLine> lines = new ArrayList<>();
		for (int i = 0; i < request.lines().size(); i++) {
			OrderRequest.Line line = request.lines().get(i);
			Item item = catalog.get(line.itemId());
			if (item == null) {
				violations.add(new Violation("lines[" + i + "].itemId", "no item with id " + line.itemId()));
			}
			if (line.count() < 1) {
				violations.add(new Violation("lines[" + i + "].count", "must be at least 1"));
			}
			if (item != null) {
				lines.add(new OrderLine(item.id(), item.name(), item.price(), line.count()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidOrderException(violations);
		}
		// PostgreSQL keeps microseconds; truncating here makes the returned order equal the stored one.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Order order = orders.add(customer.id(), customer.name(), request.shippingAddress(), request.billingAddress(),
				lines, now);
		events.append(OrderCreated.of(order));
		return order;
	}

}
