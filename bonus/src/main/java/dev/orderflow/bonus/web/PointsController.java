package dev.orderflow.bonus.web;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/points")
class PointsController {

	private final Earnings earnings;

	PointsController(Earnings earnings) {
		this.earnings = earnings;
	}

	/** Customers with their points, most points first. */
	@GetMapping
	PagedModel<CustomerPoints> customers(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(
				earnings.customers(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
	}

	/** 404 until an order of the customer has been booked. */
	@GetMapping("/{customerId}")
	CustomerPoints customer(@PathVariable long customerId) {
		return earnings.customer(customerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No orders of customer " + customerId + " booked (yet)"));
	}

}
