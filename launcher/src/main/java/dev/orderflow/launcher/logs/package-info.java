/** Log output: one console stream with a name prefix per process, and reading back the per-process log files. */
package dev.orderflow.launcher.logs;
