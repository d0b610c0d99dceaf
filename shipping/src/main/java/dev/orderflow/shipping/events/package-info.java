/**
 * The order service's events as shipping reads them, whichever transport brings them: only the fields shipping needs,
 * checked and turned into what shipping acts on (a new shipment, a changed address, a cancellation).
 */
package dev.orderflow.shipping.events;
