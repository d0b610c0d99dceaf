package dev.orderflow.order.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.orderflow.order.ChangeOrder;
import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderCancelledException;
import dev.orderflow.order.Orders;
import dev.orderflow.order.UnknownOrderException;
import dev.orderflow.order.Violation;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The order page's address form and Cancel button. They go through the same checks and use case as the API; a
 * rejected form is shown again on the order's page with each error beside its field.
 */
@Controller
class OrderChangePages {

	private final ChangeOrder changeOrder;

	private final Orders orders;

	private final Validator validator;

	OrderChangePages(ChangeOrder changeOrder, Orders orders, Validator validator) {
		this.changeOrder = changeOrder;
		this.orders = orders;
		this.validator = validator;
	}

	@PostMapping("/orders/{id}/addresses")
	ModelAndView changeAddresses(@PathVariable long id, @ModelAttribute("addresses") AddressesEntry entry,
			BindingResult result) {
		AddressesForm form = entry.toForm();
		List<Violation> shape = new ArrayList<>();
		validator.validate(form)
			.forEach(violation -> shape.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage())));
		try {
			form.change(changeOrder, id, shape);
			return new ModelAndView("redirect:/orders/" + id + "?changed");
		}
		catch (InvalidOrderException ex) {
			ex.violations().forEach(v -> result.rejectValue(v.field(), "invalid", v.message()));
			Order order = orders.findById(id).orElseThrow(() -> new UnknownOrderException(id));
			return new ModelAndView("orders/show", Map.of("order", order), HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/orders/{id}/cancellation")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason) {
		changeOrder.cancel(id, new CancellationForm(reason).reasonOrNull());
		return "redirect:/orders/" + id + "?cancelled";
	}

	@ExceptionHandler
	ModelAndView unknown(UnknownOrderException ex) {
		return new ModelAndView("orderflow/not-found", Map.of("message", ex.getMessage() + ".", "back", "/orders"),
				HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler
	ModelAndView cancelled(OrderCancelledException ex) {
		return new ModelAndView("orderflow/not-found", Map.of("message", ex.getMessage() + ".", "back", "/orders"),
				HttpStatus.CONFLICT);
	}

}
