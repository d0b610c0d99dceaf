/** Running the whole system: starting the processes in order, watching their health, stopping them in order. */
package dev.orderflow.launcher.system;
