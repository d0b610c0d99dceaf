package dev.orderflow.order;

public record Address(String street, String zip, String city) {
}
