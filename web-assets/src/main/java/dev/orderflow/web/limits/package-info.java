/**
 * Every service refuses request bodies over a limit itself (413), so that it is safe without the entry point in
 * front of it too.
 */
package dev.orderflow.web.limits;
