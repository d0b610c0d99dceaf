/** Publishes the event log to the Kafka topic, marking an event published only once the broker acknowledged it. */
package dev.orderflow.eventlog.kafka;
