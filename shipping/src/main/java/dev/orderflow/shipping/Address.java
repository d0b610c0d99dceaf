package dev.orderflow.shipping;

public record Address(String street, String zip, String city) {
}
