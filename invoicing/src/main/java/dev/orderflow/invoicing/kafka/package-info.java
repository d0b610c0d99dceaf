/** Receives order events from Kafka, reading only the fields invoicing needs. */
package dev.orderflow.invoicing.kafka;
