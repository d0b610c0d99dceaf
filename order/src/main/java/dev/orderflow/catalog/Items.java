package dev.orderflow.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Items {

	private final JdbcClient jdbc;

	Items(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Item> findAll() {
		return jdbc.sql("select id, name, price from item order by id").query(Item.class).list();
	}

	/** One query for all the items of an order, instead of one per line. */
	public Map<Long, Item> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, name, price from item where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(Item.class)
			.stream()
			.collect(Collectors.toMap(Item::id, Function.identity()));
	}

}
