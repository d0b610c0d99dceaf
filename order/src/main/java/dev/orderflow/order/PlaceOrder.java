package dev.orderflow.order;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
		List<Long> itemIds = request.lines().stream().map(OrderRequest.Line::itemId).toList();
		Optional<Customer> customer = customers.findById(request.customerId());
		Map<Long, Item> catalog = items.findAllById(itemIds);
		List<Violation> violations = unknown(request.customerId(), customer.isPresent(), itemIds, catalog);
		if (request.lines().isEmpty()) {
			violations.add(new Violation("lines", "an order needs at least one line"));
		}
		for (int i = 0; i < request.lines().size(); i++) {
			if (request.lines().get(i).count() < 1) {
				violations.add(new Violation("lines[" + i + "].count", "must be at least 1"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidOrderException(violations);
		}
		List<OrderLine> lines = request.lines().stream().map(line -> {
			Item item = catalog.get(line.itemId());
			return new OrderLine(item.id(), item.name(), item.price(), line.count());
		}).toList();
		// PostgreSQL keeps microseconds; truncating here makes the returned order equal the stored one.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Order order = orders.add(customer.get().id(), customer.get().name(), request.shippingAddress(), request.billingAddress(),
				lines, now);
		events.append(OrderCreated.of(order));
		return order;
	}

	/**
	 * Names the customer and items that do not exist, as {@code customerId} and {@code lines[i].itemId}; null ids are
	 * skipped, so a client hears about unknown references and missing fields in one answer.
	 */
	@Transactional(readOnly = true)
	public List<Violation> unknownReferences(Long customerId, List<Long> itemIds) {
		boolean customerKnown = customerId == null || customers.findById(customerId).isPresent();
		return unknown(customerId, customerKnown, itemIds,
				items.findAllById(itemIds.stream().filter(Objects::nonNull).toList()));
	}

	private static List<Violation> unknown(Long customerId, boolean customerKnown, List<Long> itemIds,
			Map<Long, Item> catalog) {
		List<Violation> violations = new ArrayList<>();
		if (!customerKnown) {
			violations.add(new Violation("customerId", "no customer with id " + customerId));
		}
		for (int i = 0; i < itemIds.size(); i++) {
			if (itemIds.get(i) != null && !catalog.containsKey(itemIds.get(i))) {
				violations.add(new Violation("lines[" + i + "].itemId", "no item with id " + itemIds.get(i)));
			}
		}
		return violations;
	}

}
