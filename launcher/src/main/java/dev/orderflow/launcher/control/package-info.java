/** How other terminals reach a running orderflow: the state file in {@code <data>/run} and the control HTTP API. */
package dev.orderflow.launcher.control;
