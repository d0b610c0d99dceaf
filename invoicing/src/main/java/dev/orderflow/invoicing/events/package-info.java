/**
 * The order service's events as invoicing reads them, whichever transport brings them: only the fields invoicing
 * needs, checked and turned into an invoice.
 */
package dev.orderflow.invoicing.events;
