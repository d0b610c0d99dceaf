/** Receives order events from Kafka, reading only the fields shipping needs. */
package dev.orderflow.shipping.kafka;
