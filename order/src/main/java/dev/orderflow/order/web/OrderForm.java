package dev.orderflow.order.web;

import java.util.List;

import dev.orderflow.order.Address;
import dev.orderflow.order.OrderRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSON a client posts; its shape is checked here, its references to customers and items by the use case. */
record OrderForm(@NotNull Long customerId, @NotNull @Valid AddressForm shippingAddress,
		@NotNull @Valid AddressForm billingAddress, @NotEmpty @Size(max = 100) List<@NotNull @Valid LineForm> lines) {

	record AddressForm(@NotBlank @Size(max = 200) String street, @NotBlank @Size(max = 20) String zip,
			@NotBlank @Size(max = 100) String city) {

		Address toAddress() {
			return new Address(street.strip(), zip.strip(), city.strip());
		}

	}

	record LineForm(@NotNull Long itemId, @NotNull @Min(1) @Max(10_000) Integer count) {
	}

	/** The item ids as posted, null where a line or its id is missing. */
	List<Long> itemIds() {
		return lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.itemId()).toList();
	}

	OrderRequest toRequest() {
		return new OrderRequest(customerId, shippingAddress.toAddress(), billingAddress.toAddress(),
				lines.stream().map(l -> new OrderRequest.Line(l.itemId(), l.count())).toList());
	}

}
