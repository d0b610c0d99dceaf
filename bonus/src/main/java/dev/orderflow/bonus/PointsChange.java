package dev.orderflow.bonus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What one order event does to the points: an order earns them, a cancellation takes that order's back. */
public sealed interface PointsChange {

	long orderId();

	/**
	 * The points an order earns: one per whole euro of its total ({@code floor(total)}).
	 *
	 * @param customerName as the order named the customer; shown on the page, not part of the rule
	 */
	record Earned(long orderId, long customerId, String customerName, long points) implements PointsChange {

		public Earned {
			if (points < 0) {
				throw new IllegalArgumentException("an order earns no negative points: " + points);
			}
		}

		public static Earned forOrder(long orderId, long customerId, String customerName, BigDecimal total) {
			return new Earned(orderId, customerId, customerName,
					total.setScale(0, RoundingMode.FLOOR).longValueExact());
		}

	}

	/** The order's points, exactly those it earned, no longer count. */
	record Cancelled(long orderId) implements PointsChange {
	}

}
