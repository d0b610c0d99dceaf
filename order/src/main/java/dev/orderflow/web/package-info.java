/** What all of the order service's pages and APIs share: which requests need a CSRF token. */
package dev.orderflow.web;
