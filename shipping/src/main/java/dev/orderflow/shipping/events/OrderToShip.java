package dev.orderflow.shipping.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentLine;

/**
 * The part of an order event that shipping reads: of {@code OrderCreated} the customer, shipping address and lines, of
 * {@code OrderChanged} the shipping address, of {@code OrderCancelled} the reason ({@link OrderEvents} says which
 * are required). Fields it does not know are ignored (tolerant reader), so the order service can add fields without
 * breaking shipping.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderToShip(Long orderId, Customer customer, Address shippingAddress, List<Line> lines,
		String reason) {

	public OrderToShip(Long orderId, Customer customer, Address shippingAddress, List<Line> lines) {
		this(orderId, customer, shippingAddress, lines, null);
	}

	/** @throws IncompleteOrderException if the event lacks what a shipment needs; it never will have it */
	public Shipment toShipment() {
		if (orderId == null || customer == null || shippingAddress == null || lines == null || lines.isEmpty()) {
			throw new IncompleteOrderException(
					"an order event needs orderId, customer, shippingAddress and lines: " + this);
		}
		return new Shipment(orderId, customer.name(),
				new dev.orderflow.shipping.Address(shippingAddress.street(), shippingAddress.zip(),
						shippingAddress.city()),
				lines.stream().map(OrderToShip::line).toList(), Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private static ShipmentLine line(Line line) {
		if (line == null || line.itemId() == null || line.count() == null || line.count() < 1) {
			throw new IncompleteOrderException("an order line needs itemId and a positive count: " + line);
		}
		return new ShipmentLine(line.itemId(), line.name(), line.count());
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Customer(String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Address(String street, String zip, String city) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Line(Long itemId, String name, Integer count) {
	}

}
