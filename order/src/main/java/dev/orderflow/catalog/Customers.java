package dev.orderflow.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers are written only by migrations, so one found is kept for the life of the process: placing an order does
 * not ask the database who its customer is. An id not found is asked again each time.
 */
@Repository
public class Customers {

	private final JdbcClient jdbc;

	private final Map<Long, Customer> known = new ConcurrentHashMap<>();

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Customer> findById(long id) {
		Customer customer = known.get(id);
		if (customer != null) {
			return Optional.of(customer);
		}
		Optional<Customer> found = jdbc.sql("select id, name, email from customer where id = ?")
			.param(id)
			.query(Customer.class)
			.optional();
		found.ifPresent(c -> known.put(c.id(), c));
		return found;
	}

	public List<Customer> findAll() {
		return jdbc.sql("select id, name, email from customer order by id").query(Customer.class).list();
	}

}
