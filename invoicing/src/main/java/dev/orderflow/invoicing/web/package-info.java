/** Invoices on the web: the REST API and the pages for people. */
package dev.orderflow.invoicing.web;
