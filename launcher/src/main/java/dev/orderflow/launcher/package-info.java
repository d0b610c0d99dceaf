/** The {@code orderflow} command: runs the whole system locally as child processes behind one entry point. */
package dev.orderflow.launcher;
