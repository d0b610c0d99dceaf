/** The REST API for invoices. */
package dev.orderflow.invoicing.web;
