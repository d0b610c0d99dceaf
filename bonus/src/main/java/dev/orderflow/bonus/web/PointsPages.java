package dev.orderflow.bonus.web;

import dev.orderflow.bonus.Earnings;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page for people: customers and their points, most points first. */
@Controller
class PointsPages {

	private final Earnings earnings;

	PointsPages(Earnings earnings) {
		this.earnings = earnings;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/customers";
	}

	@GetMapping("/customers")
	String customers(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Model model) {
		model.addAttribute("customers",
				earnings.customers(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
		return "bonus/customers";
	}

}
