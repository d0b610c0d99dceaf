package dev.orderflow.order.web;

import java.util.ArrayList;
import java.util.List;

import dev.orderflow.order.Address;
import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderRequest;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.order.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An order as a client posts it, as JSON to the API or through the order entry page; its shape is checked here, its
 * references to customers and items by the use case. The messages are written to stand next to the field they name.
 */
record OrderForm(@NotNull(message = "choose a customer") Long customerId,
		@NotNull(message = "is required") @Valid AddressForm shippingAddress,
		@NotNull(message = "is required") @Valid AddressForm billingAddress,
		@NotEmpty(message = "an order needs at least one line") @Size(max = 100) List<@NotNull @Valid LineForm> lines) {

	record AddressForm(@NotBlank(message = "is required") @Size(max = 200) String street,
			@NotBlank(message = "is required") @Size(max = 20) String zip,
			@NotBlank(message = "is required") @Size(max = 100) String city) {

		Address toAddress() {
			return new Address(street.strip(), zip.strip(), city.strip());
		}

	}

	record LineForm(@NotNull(message = "choose an item") Long itemId,
			@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(10_000) Integer count) {
	}

	/**
	 * Places the order, or throws naming every bad field. Shape errors found before are reported together with
	 * unknown customers and items, so that a client fixes everything after one round trip.
	 */
	Order place(PlaceOrder placeOrder, List<Violation> shapeErrors) {
		if (!shapeErrors.isEmpty()) {
			List<Violation> violations = new ArrayList<>(shapeErrors);
			violations.addAll(placeOrder.unknownReferences(customerId, itemIds()));
			throw new InvalidOrderException(violations);
		}
		return placeOrder.place(toRequest());
	}

	/** The item ids as posted, null where a line or its id is missing. */
	List<Long> itemIds() {
		return lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.itemId()).toList();
	}

	private OrderRequest toRequest() {
		return new OrderRequest(customerId, shippingAddress.toAddress(), billingAddress.toAddress(),
				lines.stream().map(l -> new OrderRequest.Line(l.itemId(), l.count())).toList());
	}

}
