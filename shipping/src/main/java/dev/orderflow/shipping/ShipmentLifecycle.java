package dev.orderflow.shipping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a shipment after it was prepared. Shipping owns "shipped": an address change or a cancellation
 * applies while the shipment is open; once it has been dispatched it arrives too late and is recorded as such, not
 * applied. The order service cannot know this when it accepts the change (docs/design.md, "Order lifecycle").
 * <p>
 * Each lifecycle event is applied once per event id; the shipment's row is locked first, so that an instance that
 * receives the same event at the same time waits and then finds it recorded.
 */
@Service
public class ShipmentLifecycle {

	private final PrepareShipment prepareShipment;

	private final Shipments shipments;

	private final ShipmentEvents events;

	ShipmentLifecycle(PrepareShipment prepareShipment, Shipments shipments, ShipmentEvents events) {
		this.prepareShipment = prepareShipment;
		this.shipments = shipments;
		this.events = events;
	}

	/**
	 * Applies a poll's events in their order, in one transaction; runs of new orders are stored together.
	 * @throws UnknownShipmentException for a lifecycle event of an order without shipment
	 */
	@Transactional
	public void applyAll(List<OrderEvent> batch) {
		List<Shipment> placed = new ArrayList<>();
		for (OrderEvent event : batch) {
			if (event instanceof OrderEvent.Placed p) {
				placed.add(p.shipment());
			}
			else if (event instanceof OrderEvent.AddressChanged c) {
				prepare(placed);
				apply(c.eventId(), c.orderId(), "OrderChanged", format(c.address()),
						() -> shipments.changeAddress(c.orderId(), c.address()));
			}
			else if (event instanceof OrderEvent.Cancelled c) {
				prepare(placed);
				apply(c.eventId(), c.orderId(), "OrderCancelled", c.reason(),
						() -> shipments.changeStatus(c.orderId(), ShipmentStatus.CANCELLED, now()));
			}
		}
		prepare(placed);
	}

	/**
	 * Marks an open shipment dispatched: from now on changes of its order come too late.
	 * @return its status afterwards, empty if there is no shipment for that order
	 */
	@Transactional
	public Optional<ShipmentStatus> dispatch(long orderId) {
		return shipments.lockStatus(orderId).map(status -> {
			if (status != ShipmentStatus.OPEN) {
				return status;
			}
			shipments.changeStatus(orderId, ShipmentStatus.DISPATCHED, now());
			return ShipmentStatus.DISPATCHED;
		});
	}

	private void prepare(List<Shipment> placed) {
		if (!placed.isEmpty()) {
			prepareShipment.prepareAll(List.copyOf(placed));
			placed.clear();
		}
	}

	private void apply(UUID eventId, long orderId, String type, String detail, Runnable change) {
		ShipmentStatus status = shipments.lockStatus(orderId)
			.orElseThrow(() -> new UnknownShipmentException(type, orderId));
		if (events.received(eventId)) {
			return;
		}
		ShipmentEvent.Outcome outcome = switch (status) {
			case OPEN -> ShipmentEvent.Outcome.APPLIED;
			case DISPATCHED -> ShipmentEvent.Outcome.TOO_LATE;
			case CANCELLED -> ShipmentEvent.Outcome.IGNORED;
		};
		if (outcome == ShipmentEvent.Outcome.APPLIED) {
			change.run();
		}
		events.add(eventId, orderId, type, outcome, detail, now());
	}

	private static String format(Address address) {
		return address.street() + ", " + address.zip() + " " + address.city();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
