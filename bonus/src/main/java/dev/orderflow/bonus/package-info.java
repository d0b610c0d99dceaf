/**
 * Bonus points: one point per whole euro of each order a customer placed, taken back when the order is cancelled.
 * Kept per order, so that every event's effect is applied once however often it arrives.
 */
package dev.orderflow.bonus;
