/** Child processes: starting them in their own session, copying their output to the console and a log file, stopping them. */
package dev.orderflow.launcher.process;
