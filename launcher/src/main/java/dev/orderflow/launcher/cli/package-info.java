/** Parsing of the command line into {@link dev.orderflow.launcher.cli.Options}, and the usage text. */
package dev.orderflow.launcher.cli;
