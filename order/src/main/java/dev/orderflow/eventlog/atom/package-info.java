/**
 * Serves the event log as an archived Atom feed (RFC 4287, RFC 5005): a subscription document with the newest page
 * and archive pages of fixed size that never change once full, with strong ETags for conditional GETs.
 */
package dev.orderflow.eventlog.atom;
