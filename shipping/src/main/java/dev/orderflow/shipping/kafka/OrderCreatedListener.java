package dev.orderflow.shipping.kafka;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.orderflow.kafka.consumer.UnprocessableRecordException;
import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.PrepareShipment;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentLine;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The offset is committed after this method returns, that is after the shipment's transaction committed; a crash in
 * between redelivers the record and the shipment's primary key absorbs it.
 */
@Component
class OrderCreatedListener {

	private final PrepareShipment prepareShipment;

	OrderCreatedListener(PrepareShipment prepareShipment) {
		this.prepareShipment = prepareShipment;
	}

	@KafkaListener(topics = "${orderflow.kafka.topic}")
	void on(OrderToShip order) {
		prepareShipment.prepare(toShipment(order));
	}

	static Shipment toShipment(OrderToShip order) {
		if (order == null || order.orderId() == null || order.customer() == null || order.shippingAddress() == null
				|| order.lines() == null || order.lines().isEmpty()) {
			throw new UnprocessableRecordException(
					"an order event needs orderId, customer, shippingAddress and lines: " + order);
		}
		OrderToShip.Address address = order.shippingAddress();
		List<ShipmentLine> lines = order.lines().stream().map(OrderCreatedListener::line).toList();
		return new Shipment(order.orderId(), order.customer().name(),
				new Address(address.street(), address.zip(), address.city()), lines,
				Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private static ShipmentLine line(OrderToShip.Line line) {
		if (line == null || line.itemId() == null || line.count() == null || line.count() < 1) {
			throw new UnprocessableRecordException("an order line needs itemId and a positive count: " + line);
		}
		return new ShipmentLine(line.itemId(), line.name(), line.count());
	}

}
