/**
 * Tracing of the feed consumer: a span per entry handled, continuing the trace its {@code log:traceparent} carries, as
 * kafka-consumer-support does for the order topic's records. Logger {@code dev.orderflow.atom.consumer.tracing} at
 * debug writes one line per entry handled, with the entry's trace id.
 */
package dev.orderflow.atom.consumer.tracing;
