package dev.orderflow.invoicing.web;

import java.util.Map;

import dev.orderflow.invoicing.Invoices;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The pages for people: invoices, newest first, and one invoice with its lines and total. */
@Controller
class InvoicePages {

	private final Invoices invoices;

	InvoicePages(Invoices invoices) {
		this.invoices = invoices;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/invoices";
	}

	@GetMapping("/invoices")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Model model) {
		model.addAttribute("invoices",
				invoices.findAll(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
		return "invoices/list";
	}

	@GetMapping("/invoices/{orderId}")
	ModelAndView invoice(@PathVariable long orderId) {
		return invoices.findByOrderId(orderId)
			.map(invoice -> new ModelAndView("invoices/show", Map.of("invoice", invoice)))
			.orElseGet(() -> new ModelAndView("orderflow/not-found",
					Map.of("message", "There is no invoice for order " + orderId + " (yet).", "back", "/invoices"),
					HttpStatus.NOT_FOUND));
	}

}
