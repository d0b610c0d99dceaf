/**
 * Reads an order-topic record in the format its {@code content-type} header names: JSON, or Avro in single-object
 * encoding, whose writer schema is looked up by fingerprint on the schema topic and resolved against the consumer's
 * own reader schema. Either way the result is the consumer's own type.
 */
package dev.orderflow.kafka.consumer.format;
