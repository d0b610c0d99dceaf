package dev.orderflow.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Orders {

	private static final String SELECT_ORDERS = """
			select o.id, o.customer_id, c.name as customer_name, o.created_at, o.status,
			       o.shipping_street, o.shipping_zip, o.shipping_city, o.billing_street, o.billing_zip, o.billing_city
			from orders o join customer c on c.id = o.customer_id
			""";

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new order with its lines, in one statement (one round trip to the database), and returns it with the id
	 * the database gave it.
	 */
	Order add(long customerId, String customerName, Address shipping, Address billing, List<OrderLine> lines,
			Instant createdAt) {
		long id = jdbc.sql("""
				with new_order as (
				    insert into orders (customer_id, created_at, shipping_street, shipping_zip, shipping_city,
				                        billing_street, billing_zip, billing_city)
				    values (?, ?, ?, ?, ?, ?, ?, ?) returning id),
				new_lines as (
				    insert into order_line (order_id, line_no, item_id, item_name, unit_price, count)
				    select new_order.id, line.ordinality - 1, line.item_id, line.item_name, line.unit_price, line.count
				    from new_order,
				         unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::int[])
				             with ordinality as line(item_id, item_name, unit_price, count, ordinality))
				select id from new_order""")
			.params(customerId, Timestamp.from(createdAt), shipping.street(), shipping.zip(), shipping.city(),
					billing.street(), billing.zip(), billing.city(),
					lines.stream().map(OrderLine::itemId).toArray(Long[]::new),
					lines.stream().map(OrderLine::itemName).toArray(String[]::new),
					lines.stream().map(line -> line.unitPrice().toPlainString()).toArray(String[]::new),
					lines.stream().map(OrderLine::count).toArray(Integer[]::new))
			.query(Long.class)
			.single();
		return new Order(id, customerId, customerName, shipping, billing, List.copyOf(lines), createdAt);
	}

	public Optional<Order> findById(long id) {
		return withLines(jdbc.sql(SELECT_ORDERS + " where o.id = ?").param(id).query(Orders::order).list()).stream()
			.findFirst();
	}

	/** The order, its row locked until the transaction ends, so that changes of one order happen one after another. */
	Optional<Order> findForUpdate(long id) {
		return withLines(jdbc.sql(SELECT_ORDERS + " where o.id = ? for update of o").param(id).query(Orders::order)
			.list()).stream().findFirst();
	}

	void changeAddresses(long id, Address shipping, Address billing) {
		jdbc.sql("""
				update orders set shipping_street = ?, shipping_zip = ?, shipping_city = ?,
				                  billing_street = ?, billing_zip = ?, billing_city = ?
				where id = ?""")
			.params(shipping.street(), shipping.zip(), shipping.city(), billing.street(), billing.zip(), billing.city(),
					id)
			.update();
	}

	void cancel(long id, String reason, Instant at) {
		jdbc.sql("update orders set status = 'CANCELLED', cancelled_at = ?, cancel_reason = ? where id = ?")
			.params(Timestamp.from(at), reason, id)
			.update();
	}

	/** Newest first. */
	public Page<Order> findAll(Pageable pageable) {
		List<Order> content = jdbc.sql(SELECT_ORDERS + " order by o.id desc limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(Orders::order)
			.list();
		long total = jdbc.sql("select count(*) from orders").query(Long.class).single();
		return new PageImpl<>(withLines(content), pageable, total);
	}

	private List<Order> withLines(List<Order> orders) {
		if (orders.isEmpty()) {
			return orders;
		}
		Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
		orders.forEach(o -> lines.put(o.id(), new ArrayList<>()));
		jdbc.sql("""
				select order_id, item_id, item_name, unit_price, count from order_line
				where order_id = any(?) order by order_id, line_no""")
			.param(lines.keySet().toArray(Long[]::new))
			.query((rs, n) -> lines.get(rs.getLong("order_id"))
				.add(new OrderLine(rs.getLong("item_id"), rs.getString("item_name"), rs.getBigDecimal("unit_price"),
						rs.getInt("count"))))
			.list();
		return orders.stream()
			.map(o -> new Order(o.id(), o.customerId(), o.customerName(), o.shippingAddress(), o.billingAddress(),
					List.copyOf(lines.get(o.id())), o.createdAt(), o.status()))
			.toList();
	}

	private static Order order(ResultSet rs, int row) throws SQLException {
		return new Order(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_name"),
				new Address(rs.getString("shipping_street"), rs.getString("shipping_zip"), rs.getString("shipping_city")),
				new Address(rs.getString("billing_street"), rs.getString("billing_zip"), rs.getString("billing_city")),
				List.of(), rs.getTimestamp("created_at").toInstant(), OrderStatus.valueOf(rs.getString("status")));
	}

}
