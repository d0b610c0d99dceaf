package dev.orderflow.shipping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns an order into a shipment, once, however often the order is delivered. */
@Service
public class PrepareShipment {

	private static final Logger log = LoggerFactory.getLogger(PrepareShipment.class);

	private final Shipments shipments;

	PrepareShipment(Shipments shipments) {
		this.shipments = shipments;
	}

	/** Returns whether a new shipment was created; false means the order had been seen before. */
	@Transactional
	public boolean prepare(Shipment shipment) {
		return prepareAll(List.of(shipment)).contains(shipment.orderId());
	}

	/**
	 * Creates the shipments of orders seen for the first time, all in one transaction: one commit for a whole poll of
	 * orders.
	 *
	 * @return the order ids whose shipments were created now
	 */
	@Transactional
	public Set<Long> prepareAll(List<Shipment> batch) {
		Set<Long> created = shipments.addAllIfAbsent(batch);
		Set<Long> seen = new HashSet<>();
		batch.stream()
			.map(Shipment::orderId)
			.filter(orderId -> !seen.add(orderId) || !created.contains(orderId))
			.forEach(orderId -> log.info("Order {} was delivered again; it already has a shipment", orderId));
		return created;
	}

}
