package dev.orderflow.order;

/** One bad field of a request, named by its path, for example {@code lines[1].itemId}. */
public record Violation(String field, String message) {
}
