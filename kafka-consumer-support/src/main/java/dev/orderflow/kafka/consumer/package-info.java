/**
 * What every consumer of the order topic does the same way: records are read as JSON or Avro by their content-type
 * ({@code format}); a poll's records are read into the consumer's own events and stored in one transaction, with a
 * failure named to the error handler by its record ({@link dev.orderflow.kafka.consumer.RecordBatch}), by a listener
 * that is also the retry of its dead letters ({@link dev.orderflow.kafka.consumer.EventBatchListener}); records that
 * can never succeed go to the consumer's dead-letter topic after one attempt, alone; transient failures are retried
 * with backoff and never skipped; failures are counted, readiness includes the broker, each consumer is named after its
 * instance and HTTP address (client id {@code shipping-2@127.0.0.1:8082}), and each instance logs the partitions it
 * was assigned. Its dead letters are kept and shown to admins ({@code deadletters}, {@code admin}).
 */
package dev.orderflow.kafka.consumer;
