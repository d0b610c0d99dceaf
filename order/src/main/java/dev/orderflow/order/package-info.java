/**
 * Orders: placing one checks it against the catalog, stores it and appends its {@link dev.orderflow.order.OrderCreated}
 * event to the event log in the same transaction.
 */
package dev.orderflow.order;
