/**
 * Receives order events from Kafka, from the beginning of the topic's history; a record that can never be booked goes
 * to the dead-letter topic.
 */
package dev.orderflow.bonus.kafka;
