/**
 * Dead letters read back from the consumer's dead-letter topic into its own table, shown to admins on a page with a
 * retry action (through the consumer's own {@link dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor}) and a
 * discard action, and listed as JSON.
 */
package dev.orderflow.kafka.consumer.deadletters;
