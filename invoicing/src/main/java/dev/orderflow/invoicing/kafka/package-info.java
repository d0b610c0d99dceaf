/** Receives order events from Kafka; a record that can never be invoiced goes to the dead-letter topic. */
package dev.orderflow.invoicing.kafka;
