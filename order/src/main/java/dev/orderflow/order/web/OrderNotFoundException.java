package dev.orderflow.order.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class OrderNotFoundException extends ResponseStatusException {

	OrderNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "No order with id " + id);
	}

}
