/**
 * The benchmark: starts orderflow (or attaches to a running one), drives orders through the public REST API, waits
 * until every accepted order has its shipment and invoice, and reports throughput, latency, CPU and memory.
 */
package dev.orderflow.benchmark;
