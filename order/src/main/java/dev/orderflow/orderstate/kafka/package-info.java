/**
 * Publishes the latest state of each order to the compacted topic {@code <topic>-state}: one record per change, keyed
 * by the order id, and a tombstone when the order is cancelled, so that compaction leaves exactly the current orders.
 */
package dev.orderflow.orderstate.kafka;
