/**
 * The admin area of a consumer (its dead letters, which hold customers' addresses): open only to the admin whose
 * credentials the configuration gives, closed to everybody without them.
 */
package dev.orderflow.kafka.consumer.admin;
