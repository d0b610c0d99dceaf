package dev.orderflow.invoicing.kafka;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of an order-created event that invoicing reads. Fields it does not know are ignored (tolerant reader), so
 * the order service can add fields without breaking invoicing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderToInvoice(Long orderId, Customer customer, Address billingAddress, List<Line> lines) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Customer(Long id, String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Address(String street, String zip, String city) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Line(Long itemId, String name, BigDecimal unitPrice, Integer count) {
	}

}
