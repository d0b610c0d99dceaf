/** Customers and items the order service owns; seeded by a migration, read by orders and the API. */
package dev.orderflow.catalog;
