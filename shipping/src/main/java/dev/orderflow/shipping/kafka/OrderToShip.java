package dev.orderflow.shipping.kafka;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of an order-created event that shipping reads. Fields it does not know are ignored (tolerant reader), so
 * the order service can add fields without breaking shipping.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderToShip(Long orderId, Customer customer, Address shippingAddress, List<Line> lines) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Customer(String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Address(String street, String zip, String city) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Line(Long itemId, String name, Integer count) {
	}

}
