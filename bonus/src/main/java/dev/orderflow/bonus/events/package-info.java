/**
 * The order service's events as the bonus service reads them: only the fields it needs, checked and turned into a
 * change of points. It knows OrderCreated and OrderCancelled and deliberately passes over every other type.
 */
package dev.orderflow.bonus.events;
