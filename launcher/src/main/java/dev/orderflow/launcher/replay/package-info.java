/**
 * {@code ./orderflow replay SERVICE}: rebuilds a consumer's data from the event history on a running system and checks
 * that the result equals what it had before. What a service's data is, and what of it may differ on reprocessing, the
 * service says itself in a {@code replay.properties} in its jar ({@link dev.orderflow.launcher.replay.ReplayPlan}).
 */
package dev.orderflow.launcher.replay;
