/**
 * The order service's event log, which is also its transactional outbox: events are appended in the transaction of
 * the change they describe, get a gap-free position in commit order, and are kept after they were published, so that
 * every transport (and every later reader of the history) sees the same events in the same order.
 */
package dev.orderflow.eventlog;
