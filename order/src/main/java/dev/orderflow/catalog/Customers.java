package dev.orderflow.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Customers {

	private final JdbcClient jdbc;

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Customer> findById(long id) {
		return jdbc.sql("select id, name, email from customer where id = ?").param(id).query(Customer.class).optional();
	}

	public List<Customer> findAll() {
		return jdbc.sql("select id, name, email from customer order by id").query(Customer.class).list();
	}

}
