/**
 * The latest state of each order as a small record of its own, for the compacted state topic: what a reader that
 * needs to know how orders are now (not how they came to be) keeps.
 */
package dev.orderflow.orderstate;
