/** The REST API for orders, with its request validation and problem responses. */
package dev.orderflow.order.web;
