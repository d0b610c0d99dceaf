package dev.orderflow.order.web;

import java.net.URI;

import dev.orderflow.order.Order;
import dev.orderflow.order.Orders;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.order.Violation;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/orders")
class OrderController {

	static final int MAX_PAGE_SIZE = 100;

	private final PlaceOrder placeOrder;

	private final Orders orders;

	private final AcceptedOrders accepted;

	OrderController(PlaceOrder placeOrder, Orders orders, AcceptedOrders accepted) {
		this.placeOrder = placeOrder;
		this.orders = orders;
		this.accepted = accepted;
	}

	/** Shape errors are collected rather than thrown, so that the answer also names unknown customers and items. */
	@PostMapping
	ResponseEntity<OrderResponse> place(@Valid @RequestBody OrderForm form, BindingResult shape) {
		Order order = form.place(placeOrder, shape.getFieldErrors()
			.stream()
			.map(error -> new Violation(error.getField(), error.getDefaultMessage()))
			.toList());
		accepted.viaApi();
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(order.id()).toUri();
		return ResponseEntity.created(location).body(OrderResponse.of(order));
	}

	@GetMapping("/{id}")
	OrderResponse order(@PathVariable long id) {
		return orders.findById(id).map(OrderResponse::of).orElseThrow(() -> new OrderNotFoundException(id));
	}

	@GetMapping
	PagedModel<OrderResponse> orders(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
		return new PagedModel<>(orders.findAll(pageable).map(OrderResponse::of));
	}

}
