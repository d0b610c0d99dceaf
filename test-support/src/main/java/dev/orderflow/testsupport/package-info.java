/** Real Kafka and PostgreSQL shared by all tests in a JVM, plus names that keep those tests apart. */
package dev.orderflow.testsupport;
