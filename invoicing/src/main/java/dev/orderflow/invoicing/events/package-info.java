/**
 * The order service's events as invoicing reads them, whichever transport brings them: only the fields invoicing
 * needs, checked and turned into what invoicing acts on (a new invoice, a corrected address, a cancellation).
 */
package dev.orderflow.invoicing.events;
