/**
 * The entry point: one origin that forwards each service's path to that service's ready instances, and serves the
 * home page with its files.
 */
package dev.orderflow.launcher.gateway;
