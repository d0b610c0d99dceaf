package dev.orderflow.catalog.web;

import java.util.List;

import dev.orderflow.catalog.Customer;
import dev.orderflow.catalog.Customers;
import dev.orderflow.catalog.Item;
import dev.orderflow.catalog.Items;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class CatalogController {

	private final Customers customers;

	private final Items items;

	CatalogController(Customers customers, Items items) {
		this.customers = customers;
		this.items = items;
	}

	@GetMapping("/customers")
	List<Customer> customers() {
		return customers.findAll();
	}

	@GetMapping("/items")
	List<Item> items() {
		return items.findAll();
	}

}
