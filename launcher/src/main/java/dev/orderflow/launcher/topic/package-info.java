/** {@code ./orderflow topic NAME}: what a topic of the running system holds, record by record. */
package dev.orderflow.launcher.topic;
