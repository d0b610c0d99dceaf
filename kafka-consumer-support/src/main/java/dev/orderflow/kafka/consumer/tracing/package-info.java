/**
 * Tracing and timing of the order topic's batch listener: a span per record continuing the trace its
 * {@code traceparent} header carries, and the time each poll took. Logger {@code dev.orderflow.kafka.consumer.tracing}
 * at debug writes one line per record handled, with the record's trace id.
 */
package dev.orderflow.kafka.consumer.tracing;
