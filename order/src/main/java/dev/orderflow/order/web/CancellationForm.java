package dev.orderflow.order.web;

import jakarta.validation.constraints.Size;

/** Why an order is cancelled; the body, and the reason in it, are optional. */
record CancellationForm(@Size(max = 500) String reason) {

	/** A blank reason is no reason. */
	String reasonOrNull() {
		return reason == null || reason.isBlank() ? null : reason.strip();
	}

}
