/**
 * The pipeline as a person watching it wants to see it: the order topic's partitions with their end offsets, and for
 * each consumer group its members, the partitions each holds and how far behind the group is on each.
 */
package dev.orderflow.pipeline;
