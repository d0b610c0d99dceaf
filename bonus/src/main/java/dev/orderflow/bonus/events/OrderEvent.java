package dev.orderflow.bonus.events;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.orderflow.bonus.PointsChange;

/**
 * The part of an order event that the bonus service reads, for every event type: an OrderCreated carries customer and
 * total, an OrderCancelled only the order id. Fields it does not know are ignored (tolerant reader).
 *
 * @param eventType what the record's {@code event-type} header says; kept in the value so that a dead letter stored
 * as the consumer read it still says what it was
 * @param total the order's total: {@code total} in JSON and Avro version 1, {@code totalAmount} from Avro version 2
 * @param currency of the total; JSON events and Avro version 1 carry none and are in euros
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderEvent(String eventType, Long orderId, Customer customer,
		@JsonAlias("totalAmount") BigDecimal total, String currency) {

	public static final String ORDER_CREATED = "OrderCreated";

	public static final String ORDER_CANCELLED = "OrderCancelled";

	/** Points are whole euros. */
	public static final String EUR = "EUR";

	/** Whether the bonus service acts on events of this type; OrderChanged, for one, moves no points. */
	public static boolean isRead(String eventType) {
		return ORDER_CREATED.equals(eventType) || ORDER_CANCELLED.equals(eventType);
	}

	/** An event of a type the bonus service passes over, whose value it need not read. */
	public static OrderEvent passedOver(String eventType) {
		return new OrderEvent(eventType, null, null, null, null);
	}

	public OrderEvent withEventType(String type) {
		return new OrderEvent(type, orderId, customer, total, currency);
	}

	/**
	 * @return the change of points, empty for a type the bonus service passes over
	 * @throws IncompleteEventException if the event lacks what its type needs; it never will have it
	 */
	public Optional<PointsChange> toPointsChange() {
		if (eventType == null) {
			throw new IncompleteEventException("an event without event type is none the bonus service knows: " + this);
		}
		if (!isRead(eventType)) {
			return Optional.empty();
		}
		if (orderId == null) {
			throw new IncompleteEventException("an " + eventType + " event needs orderId: " + this);
		}
		if (ORDER_CANCELLED.equals(eventType)) {
			return Optional.of(new PointsChange.Cancelled(orderId));
		}
		if (customer == null || customer.id() == null || total == null || total.signum() < 0) {
			throw new IncompleteEventException("an OrderCreated event needs customer id and a total of 0 or more: "
					+ this);
		}
		// Points are whole euros, so an amount in another currency would be misread.
		if (currency != null && !currency.equals(EUR)) {
			throw new IncompleteEventException("points are earned in " + EUR + " only, not in " + currency + ": "
					+ this);
		}
		return Optional.of(PointsChange.Earned.forOrder(orderId, customer.id(), customer.name(), total));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Customer(Long id, String name) {
	}

}
