/**
 * The order service's events as shipping reads them, whichever transport brings them: only the fields shipping needs,
 * checked and turned into a shipment.
 */
package dev.orderflow.shipping.events;
