package dev.orderflow.order.web;

import java.net.URI;
import java.util.List;

import dev.orderflow.order.ChangeOrder;
import dev.orderflow.order.InvalidOrderException;
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
import org.springframework.web.bind.annotation.PutMapping;
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

	private final ChangeOrder changeOrder;

	private final Orders orders;

	private final AcceptedOrders accepted;

	OrderController(PlaceOrder placeOrder, ChangeOrder changeOrder, Orders orders, AcceptedOrders accepted) {
		this.placeOrder = placeOrder;
		this.changeOrder = changeOrder;
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

	/** 404 for an unknown order, 409 for a cancelled one (see {@link OrderProblems}). */
	@PutMapping("/{id}/addresses")
	OrderResponse changeAddresses(@PathVariable long id, @Valid @RequestBody AddressesForm form,
			BindingResult shape) {
		return OrderResponse.of(form.change(changeOrder, id, violations(shape)));
	}

	/** Idempotent: cancelling a cancelled order answers the same and writes no second event. */
	@PostMapping("/{id}/cancellation")
	OrderResponse cancel(@PathVariable long id, @Valid @RequestBody(required = false) CancellationForm form,
			BindingResult shape) {
		if (shape.hasErrors()) {
			throw new InvalidOrderException(violations(shape));
		}
		return OrderResponse.of(changeOrder.cancel(id, form == null ? null : form.reasonOrNull()));
	}

	private static List<Violation> violations(BindingResult shape) {
		return shape.getFieldErrors()
			.stream()
			.map(error -> new Violation(error.getField(), error.getDefaultMessage()))
			.toList();
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
