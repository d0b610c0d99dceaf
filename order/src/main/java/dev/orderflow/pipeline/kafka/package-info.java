/** Reads the pipeline's state from the Kafka broker with the admin client. */
package dev.orderflow.pipeline.kafka;
