/** The entry point: one origin that forwards each service's path to that service's ready instances. */
package dev.orderflow.launcher.gateway;
