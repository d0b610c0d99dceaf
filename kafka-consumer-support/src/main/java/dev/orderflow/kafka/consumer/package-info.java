/**
 * What every consumer of the order topic does the same way: records that can never succeed go to the consumer's
 * dead-letter topic after one attempt, transient failures are retried with backoff and never skipped, failures are
 * counted, readiness includes the broker, and each instance logs the partitions it was assigned.
 */
package dev.orderflow.kafka.consumer;
