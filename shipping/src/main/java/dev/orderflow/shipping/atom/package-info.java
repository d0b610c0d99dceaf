/** Receives order events from the order service's Atom feed, through the shared feed poller. */
package dev.orderflow.shipping.atom;
