package dev.orderflow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./orderflow replay} on a running system: a consumer's data rebuilt from the order topic equals what it had,
 * and data that does not follow from the history is reported as different (and rebuilt as the history says).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayIT {

	static final int ORDERS = 300;

	static Orderflow orderflow;

	/** The database as {@code status --json} names it: JDBC URL, user, password. */
	static String[] database;

	@BeforeAll
	static void up() throws IOException {
		orderflow = Orderflow.inTemporaryDirectory("replay");
		orderflow.up();
		JsonNode status = orderflow.status();
		database = new String[] { status.get("jdbcUrl").asString(), status.get("databaseUsername").asString(),
				status.get("databasePassword").asString() };
	}

	@AfterAll
	static void down() throws IOException {
		if (orderflow != null) {
			orderflow.downAndDelete();
		}
	}

	@Test
	@Order(1)
	void replayingShippingAndInvoicingRebuildsExactlyTheDataTheyHad() throws Exception {
		placeOrders();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.until(() -> count("shipping.shipment") == ORDERS && count("invoicing.invoice") == ORDERS);
		List<String> before = businessRows();

		Orderflow.Outcome replay = orderflow.attempt(600, "replay", "shipping", "invoicing");

		assertThat(replay.exitCode()).as(replay.output()).isZero();
		assertThat(replay.output()).contains("shipping: replay rebuilt the same data",
				"invoicing: replay rebuilt the same data", "cleared shipment, shipment_event, shipment_line",
				"cleared credit_note, invoice, invoice_event, invoice_line");
		assertThat(businessRows()).as("the rows as the test reads them, after the replay").isEqualTo(before);
	}

	@Test
	@Order(2)
	void replayReportsDataThatTheHistoryDoesNotExplainAsDifferent() throws Exception {
		long tampered = single("select min(order_id) from shipping.shipment");
		update("update shipping.shipment set city = 'Atlantis' where order_id = " + tampered);

		Orderflow.Outcome replay = orderflow.attempt(600, "replay", "shipping");

		assertThat(replay.exitCode()).as(replay.output()).isEqualTo(1);
		assertThat(replay.output()).contains("shipping: replay rebuilt DIFFERENT data");
		assertThat(single("select count(*) from shipping.shipment where city = 'Atlantis'"))
			.as("the shipment as the order said, rebuilt from the topic").isZero();
	}

	private static void placeOrders() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<Integer>> placed = IntStream.range(0, ORDERS)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> post(http, SampleOrders.order(i)), clients))
				.toList();
			assertThat(placed.stream().map(CompletableFuture::join)).containsOnly(201);
		}
		finally {
			clients.shutdown();
		}
	}

	private static int post(HttpClient http, String order) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + orderflow.gatewayPort + "/order/api/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(order))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Every shipment and invoice with its lines, without the times they were processed at. */
	private static List<String> businessRows() throws SQLException {
		List<String> rows = new ArrayList<>();
		rows.addAll(rows("select order_id, customer_name, street, zip, city from shipping.shipment order by 1"));
		rows.addAll(rows("select * from shipping.shipment_line order by 1, 2"));
		rows.addAll(rows("select order_id, customer_id, customer_name, street, zip, city, total "
				+ "from invoicing.invoice order by 1"));
		rows.addAll(rows("select * from invoicing.invoice_line order by 1, 2"));
		return rows;
	}

	private static List<String> rows(String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection db = connect(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery(query)) {
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getString(i)).append('|');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	private static long count(String table) throws SQLException {
		return single("select count(*) from " + table);
	}

	private static long single(String query) throws SQLException {
		try (Connection db = connect(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void update(String statement) throws SQLException {
		try (Connection db = connect(); Statement update = db.createStatement()) {
			assertThat(update.executeUpdate(statement)).isEqualTo(1);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(database[0], database[1], database[2]);
	}

}
