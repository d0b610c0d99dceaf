/** Dead letters read back from the consumer's dead-letter topic into its own table, and listed as JSON. */
package dev.orderflow.kafka.consumer.deadletters;
