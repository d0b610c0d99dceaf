package dev.orderflow.eventlog.kafka;

/**
 * An event's value as one record carries it.
 *
 * @param contentType the {@code content-type} header, by which consumers choose how to read the value
 * @param version the {@code event-version} header: the JSON form's version, or the Avro writer schema's
 */
record EncodedEvent(byte[] value, String contentType, int version) {
}
