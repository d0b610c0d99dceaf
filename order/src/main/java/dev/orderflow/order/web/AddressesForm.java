package dev.orderflow.order.web;

import java.util.List;

import dev.orderflow.order.ChangeOrder;
import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.Order;
import dev.orderflow.order.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Corrected addresses, as the API and the order page post them: both, even if only one changes. */
record AddressesForm(@NotNull(message = "is required") @Valid OrderForm.AddressForm shippingAddress,
		@NotNull(message = "is required") @Valid OrderForm.AddressForm billingAddress) {

	/** Changes the order's addresses, or throws naming every bad field. */
	Order change(ChangeOrder changeOrder, long id, List<Violation> shapeErrors) {
		if (!shapeErrors.isEmpty()) {
			throw new InvalidOrderException(shapeErrors);
		}
		return changeOrder.changeAddresses(id, shippingAddress.toAddress(), billingAddress.toAddress());
	}

}
