package dev.orderflow.invoicing;

public record Address(String street, String zip, String city) {
}
