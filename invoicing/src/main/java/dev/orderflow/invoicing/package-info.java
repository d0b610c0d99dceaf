/** Invoices: who pays how much for what, one per order, whichever transport brought the order. */
package dev.orderflow.invoicing;
