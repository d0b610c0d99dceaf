package dev.orderflow.order.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.orderflow.catalog.Customers;
import dev.orderflow.catalog.Items;
import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.Order;
import dev.orderflow.order.Orders;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.order.Violation;
import jakarta.validation.Validator;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages for people: order entry, orders newest first, and one order, on which its shipment and invoice appear
 * as the other services create them. Placing goes through the same checks and use case as the JSON API.
 */
@Controller
class OrderPages {

	private final PlaceOrder placeOrder;

	private final Orders orders;

	private final Customers customers;

	private final Items items;

	private final Validator validator;

	private final AcceptedOrders accepted;

	OrderPages(PlaceOrder placeOrder, Orders orders, Customers customers, Items items, Validator validator,
			AcceptedOrders accepted) {
		this.accepted = accepted;
		this.placeOrder = placeOrder;
		this.orders = orders;
		this.customers = customers;
		this.items = items;
		this.validator = validator;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/orders";
	}

	@GetMapping("/orders")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Model model) {
		model.addAttribute("orders", orders.findAll(PageRequest.of(Math.max(page, 0),
				Math.min(Math.max(size, 1), OrderController.MAX_PAGE_SIZE))));
		return "orders/list";
	}

	@GetMapping("/orders/new")
	String entry(Model model) {
		model.addAttribute("entry", OrderEntry.blank());
		return entryPage(model);
	}

	/** Redirects to the new order's page, or shows the form again with each error beside its field. */
	@PostMapping("/orders")
	String place(@ModelAttribute("entry") OrderEntry entry, BindingResult result, Model model) {
		OrderForm form = entry.toForm();
		List<Violation> shape = new ArrayList<>();
		// Values that are not even numbers were rejected by the binder already; the form's rules find the rest.
		result.getFieldErrors().forEach(error -> shape.add(new Violation(error.getField(), error.getDefaultMessage())));
		validator.validate(form)
			.forEach(violation -> shape.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage())));
		try {
			Order order = form.place(placeOrder, shape);
			accepted.viaWeb();
			return "redirect:/orders/" + order.id() + "?placed";
		}
		catch (InvalidOrderException ex) {
			ex.violations().stream().filter(v -> entry.shows(v.field())).forEach(v -> reject(result, v));
			return entryPage(model);
		}
	}

	@GetMapping("/orders/{id}")
	ModelAndView order(@PathVariable long id, @RequestParam(required = false) String placed,
			@RequestParam(required = false) String changed, @RequestParam(required = false) String cancelled) {
		return orders.findById(id)
			.map(order -> new ModelAndView("orders/show", Map.of("order", order, "placed", placed != null, "changed",
					changed != null, "cancelledNow", cancelled != null, "addresses", AddressesEntry.of(order))))
			.orElseGet(() -> new ModelAndView("orderflow/not-found",
					Map.of("message", "There is no order " + id + ".", "back", "/orders"), HttpStatus.NOT_FOUND));
	}

	private String entryPage(Model model) {
		model.addAttribute("customers", customers.findAll());
		model.addAttribute("items", items.findAll());
		return "orders/new";
	}

	/** One message per field: a value the binder could not read is not also reported as missing. */
	private static void reject(BindingResult result, Violation violation) {
		if (violation.field().isEmpty()) {
			result.reject("invalid", violation.message());
		}
		else if (!result.hasFieldErrors(violation.field())) {
			result.rejectValue(violation.field(), "invalid", violation.message());
		}
	}

}
