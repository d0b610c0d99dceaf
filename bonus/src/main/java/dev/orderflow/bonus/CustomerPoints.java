package dev.orderflow.bonus;

/**
 * A customer's balance, derived from their orders.
 *
 * @param customerName as their newest order named them
 * @param orders orders that count
 * @param cancelledOrders orders whose points were taken back
 */
public record CustomerPoints(long customerId, String customerName, long points, long orders, long cancelledOrders) {
}
