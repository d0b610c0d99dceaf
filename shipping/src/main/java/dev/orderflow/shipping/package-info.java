/** Shipments: what to send where, one per order, whichever transport brought the order. */
package dev.orderflow.shipping;
