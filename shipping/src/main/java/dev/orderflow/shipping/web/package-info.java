/** The REST API for shipments. */
package dev.orderflow.shipping.web;
