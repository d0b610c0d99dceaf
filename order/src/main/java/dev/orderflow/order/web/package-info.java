/**
 * Orders on the web: the REST API with its request validation and problem responses, and the pages for people
 * (order entry, the list, one order with its shipment and invoice appearing live).
 */
package dev.orderflow.order.web;
