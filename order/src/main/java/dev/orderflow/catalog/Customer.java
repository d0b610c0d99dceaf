package dev.orderflow.catalog;

public record Customer(long id, String name, String email) {
}
