package dev.orderflow.shipping.web;

import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.Shipments;

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
@RequestMapping("/api/shipments")
class ShipmentController {

	private final Shipments shipments;

	ShipmentController(Shipments shipments) {
		this.shipments = shipments;
	}

	/** 404 until the order's event has arrived; clients poll this to see the shipment appear. */
	@GetMapping("/{orderId}")
	Shipment shipment(@PathVariable long orderId) {
		return shipments.findByOrderId(orderId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No shipment yet for order " + orderId));
	}

	@GetMapping
	PagedModel<Shipment> shipments(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return new PagedModel<>(shipments.findAll(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
	}

}
