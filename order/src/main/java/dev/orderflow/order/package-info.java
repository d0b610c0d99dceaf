/**
 * Orders: placing one checks it against the catalog, stores it and appends its {@link dev.orderflow.order.OrderCreated}
 * event to the event log in the same transaction; correcting its addresses or cancelling it does the same with
 * {@link dev.orderflow.order.OrderChanged} and {@link dev.orderflow.order.OrderCancelled}.
 */
package dev.orderflow.order;
