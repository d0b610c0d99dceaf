/**
 * Offline checks of everything in {@code deploy/}: each file against its schema or API model, and against what the
 * services' code and configuration read and use, so that a manifest cannot drift from the code it deploys.
 */
package dev.orderflow.deploy;
