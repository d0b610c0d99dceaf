/** A real Kafka broker and a real PostgreSQL, startable from the launcher and from tests. */
package dev.orderflow.infrastructure;
