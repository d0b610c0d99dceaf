package dev.orderflow.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items are written only by migrations, so one found is kept for the life of the process: placing an order does not
 * ask the database for its items' names and prices. Ids not found are asked again each time.
 */
@Repository
public class Items {

	private final JdbcClient jdbc;

	private final Map<Long, Item> known = new ConcurrentHashMap<>();

	Items(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Item> findAll() {
		return jdbc.sql("select id, name, price from item order by id").query(Item.class).list();
	}

	/** No query when all the items of an order are known, else one for those that are not. */
	public Map<Long, Item> findAllById(Collection<Long> ids) {
		Map<Long, Item> found = new HashMap<>();
		List<Long> unknown = new ArrayList<>();
		for (Long id : ids) {
			Item item = known.get(id);
			if (item != null) {
				found.put(id, item);
			}
			else {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			jdbc.sql("select id, name, price from item where id = any(?)")
				.param(unknown.toArray(Long[]::new))
				.query(Item.class)
				.list()
				.forEach(item -> {
					known.put(item.id(), item);
					found.put(item.id(), item);
				});
		}
		return found;
	}

}
