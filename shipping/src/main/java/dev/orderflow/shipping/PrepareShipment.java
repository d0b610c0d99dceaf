package dev.orderflow.shipping;

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
		boolean created = shipments.addIfAbsent(shipment);
		if (!created) {
			log.info("Order {} was delivered again; it already has a shipment", shipment.orderId());
		}
		return created;
	}

}
