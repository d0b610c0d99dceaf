/** Receives order events from Kafka; a record that can never be shipped goes to the dead-letter topic. */
package dev.orderflow.shipping.kafka;
