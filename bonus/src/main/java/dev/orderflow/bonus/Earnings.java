package dev.orderflow.bonus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per order: the points it earned (once its creation is booked) and when it was cancelled (once that is
 * booked). A customer's points are the sum over their orders that are not cancelled, computed when asked.
 */
@Repository
public class Earnings {

	private static final String CUSTOMERS = """
			select customer_id, (array_agg(customer_name order by order_id desc))[1] as customer_name,
			       coalesce(sum(points) filter (where cancelled_at is null), 0) as points,
			       count(*) filter (where cancelled_at is null) as orders,
			       count(*) filter (where cancelled_at is not null) as cancelled_orders
			from earning where customer_id is not null""";

	private final JdbcClient jdbc;

	Earnings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Books what each order earned, unless its creation was booked before. A row holding only a cancellation (its
	 * creation came later, say after a retried dead letter) gets the earning too, and stays cancelled.
	 */
	void earnAll(List<PointsChange.Earned> earned) {
		if (earned.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into earning (order_id, customer_id, customer_name, points, earned_at)
				select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::bigint[], ?::timestamptz[])
				on conflict (order_id) do update
				  set customer_id = excluded.customer_id, customer_name = excluded.customer_name,
				      points = excluded.points, earned_at = excluded.earned_at
				  where earning.customer_id is null""")
			.params(column(earned, PointsChange.Earned::orderId, Long[]::new),
					column(earned, PointsChange.Earned::customerId, Long[]::new),
					column(earned, PointsChange.Earned::customerName, String[]::new),
					column(earned, PointsChange.Earned::points, Long[]::new),
					column(earned, e -> now(), String[]::new))
			.update();
	}

	/** Marks each order cancelled, once; an order whose creation is not booked yet gets a row holding only that. */
	void cancelAll(List<PointsChange.Cancelled> cancelled) {
		if (cancelled.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into earning (order_id, cancelled_at)
				select * from unnest(?::bigint[], ?::timestamptz[])
				on conflict (order_id) do update set cancelled_at = excluded.cancelled_at
				  where earning.cancelled_at is null""")
			.params(column(cancelled, PointsChange.Cancelled::orderId, Long[]::new),
					column(cancelled, c -> now(), String[]::new))
			.update();
	}

	/** Most points first. */
	public Page<CustomerPoints> customers(Pageable pageable) {
		List<CustomerPoints> content = jdbc.sql(CUSTOMERS
				+ " group by customer_id order by points desc, customer_id limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(Earnings::customerPoints)
			.list();
		long total = jdbc.sql("select count(distinct customer_id) from earning").query(Long.class).single();
		return new PageImpl<>(content, pageable, total);
	}

	public Optional<CustomerPoints> customer(long customerId) {
		return jdbc.sql(CUSTOMERS + " and customer_id = ? group by customer_id")
			.param(customerId)
			.query(Earnings::customerPoints)
			.optional();
	}

	private static CustomerPoints customerPoints(ResultSet rs, int row) throws SQLException {
		return new CustomerPoints(rs.getLong("customer_id"), rs.getString("customer_name"), rs.getLong("points"),
				rs.getLong("orders"), rs.getLong("cancelled_orders"));
	}

	private static String now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
	}

	/** One column of many rows, sent as one array parameter: a statement of a fixed size for any number of rows. */
	private static <T, C> C[] column(List<T> rows, Function<T, C> value, IntFunction<C[]> array) {
		return rows.stream().map(value).toArray(array);
	}

}
