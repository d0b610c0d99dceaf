package dev.orderflow.bonus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books what order events do to the points. Each order has one row: what it earned and whether it was cancelled.
 * Each event sets its own part of that row once, so an event delivered again changes nothing, and the result does not
 * depend on the order in which a creation and its cancellation are booked.
 */
@Service
public class BookPoints {

	private final Earnings earnings;

	BookPoints(Earnings earnings) {
		this.earnings = earnings;
	}

	/** All in one transaction: one commit for a whole poll of events. */
	@Transactional
	public void bookAll(List<PointsChange> changes) {
		// One statement per kind; a row may be touched once per statement, so the first of repeated events is kept.
		Map<Long, PointsChange.Earned> earned = new LinkedHashMap<>();
		Map<Long, PointsChange.Cancelled> cancelled = new LinkedHashMap<>();
		for (PointsChange change : changes) {
			if (change instanceof PointsChange.Earned e) {
				earned.putIfAbsent(e.orderId(), e);
			}
			else if (change instanceof PointsChange.Cancelled c) {
				cancelled.putIfAbsent(c.orderId(), c);
			}
		}
		earnings.earnAll(List.copyOf(earned.values()));
		earnings.cancelAll(List.copyOf(cancelled.values()));
	}

}
