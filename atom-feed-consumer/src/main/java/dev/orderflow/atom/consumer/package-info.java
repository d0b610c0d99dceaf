/**
 * What every consumer of the order service's Atom feed does the same way: one active poller per service (a PostgreSQL
 * advisory lock), conditional GETs of the subscription document, walking {@code prev-archive} back to the position it
 * stored, entries handled in order with the position stored in the same transaction, and entries that can never be
 * handled recorded with their reason, shown on the page {@code /feed}, and passed over; each entry is handled in a span
 * continuing the trace its {@code log:traceparent} names (sub-package {@code tracing}). A service supplies a
 * {@link dev.orderflow.atom.consumer.FeedEntryHandler}.
 */
package dev.orderflow.atom.consumer;
