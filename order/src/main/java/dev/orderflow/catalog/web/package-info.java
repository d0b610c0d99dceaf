/** REST resources for customers and items. */
package dev.orderflow.catalog.web;
