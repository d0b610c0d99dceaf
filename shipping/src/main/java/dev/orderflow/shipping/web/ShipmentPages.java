package dev.orderflow.shipping.web;

import java.util.Map;

import dev.orderflow.shipping.ShipmentEvents;
import dev.orderflow.shipping.ShipmentLifecycle;
import dev.orderflow.shipping.Shipments;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages for people: shipments, newest first, and one shipment with what to send where, what became of its order's
 * changes, and the button that marks it dispatched (after which changes come too late).
 */
@Controller
class ShipmentPages {

	private final Shipments shipments;

	private final ShipmentEvents events;

	private final ShipmentLifecycle lifecycle;

	ShipmentPages(Shipments shipments, ShipmentEvents events, ShipmentLifecycle lifecycle) {
		this.shipments = shipments;
		this.events = events;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/shipments";
	}

	@GetMapping("/shipments")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Model model) {
		model.addAttribute("shipments",
				shipments.findAll(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
		return "shipments/list";
	}

	@GetMapping("/shipments/{orderId}")
	ModelAndView shipment(@PathVariable long orderId) {
		return shipments.findByOrderId(orderId)
			.map(shipment -> new ModelAndView("shipments/show",
					Map.of("shipment", shipment, "events", events.of(orderId))))
			.orElseGet(() -> notFound(orderId));
	}

	@PostMapping("/shipments/{orderId}/dispatch")
	ModelAndView dispatch(@PathVariable long orderId) {
		return lifecycle.dispatch(orderId)
			.map(status -> new ModelAndView("redirect:/shipments/" + orderId))
			.orElseGet(() -> notFound(orderId));
	}

	private static ModelAndView notFound(long orderId) {
		return new ModelAndView("orderflow/not-found",
				Map.of("message", "There is no shipment for order " + orderId + " (yet).", "back", "/shipments"),
				HttpStatus.NOT_FOUND);
	}

}
