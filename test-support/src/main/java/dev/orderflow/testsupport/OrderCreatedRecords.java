package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Order-created records as the consumers' tests send them: the contract's example event with an order id of the
 * test's choosing, and the kinds of record no consumer can ever process.
 */
public final class OrderCreatedRecords {

	/** The headers the order service's relay puts on an order-created record. */
	public static final Map<String, String> HEADERS = Map.of("event-type", "OrderCreated", "event-version", "1");

	private OrderCreatedRecords() {
	}

	/** {@code contracts/order-created.v1.json} with another order id; read from a module directory. */
	public static String json(long orderId) {
		try {
			return Files.readString(Path.of("../contracts/order-created.v1.json"))
				.replace("\"orderId\": 42", "\"orderId\": " + orderId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the contract's event for this order id with the relay's headers, keyed {@code <id>created}. */
	public static void send(IsolatedService service, long orderId) {
		service.send(orderId + "created", json(orderId).getBytes(StandardCharsets.UTF_8), HEADERS);
	}

	/**
	 * Sends four records that can never be processed, keyed {@code 1created} to {@code 4created}: not JSON, JSON of the
	 * wrong shape, an event missing its required fields, and a null value.
	 */
	public static void sendPoison(IsolatedService service) {
		service.send("1created", "this is not JSON".getBytes(StandardCharsets.UTF_8), HEADERS);
		service.send("2created", "{\"orderId\": {\"nested\": true}}".getBytes(StandardCharsets.UTF_8), HEADERS);
		service.send("3created", "{\"orderId\": 3}".getBytes(StandardCharsets.UTF_8), HEADERS);
		service.send("4created", null, HEADERS);
	}

}
