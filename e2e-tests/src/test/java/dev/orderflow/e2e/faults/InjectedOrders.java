package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Order-created events a test writes to the topic itself, in the contract's format: for faults in which the order
 * service could not publish (its database is down) and for records with headers of the test's choosing. Their order
 * ids start far above anything the order service hands out, so they never collide with real orders.
 */
final class InjectedOrders {

	static final long FIRST_ID = 1_000_000_000_000L;

	static final Map<String, String> HEADERS = Map.of("event-type", "OrderCreated", "event-version", "1",
			"content-type", "application/json");

	private static final AtomicLong ids = new AtomicLong(FIRST_ID);

	private InjectedOrders() {
	}

	static long nextId() {
		return ids.incrementAndGet();
	}

	/** The contract's example event with another order id. */
	static byte[] event(long orderId) {
		return contract().replace("\"orderId\": 42", "\"orderId\": " + orderId).getBytes(StandardCharsets.UTF_8);
	}

	/** The contract's example event, {@code contracts/order-created.v1.json}. */
	static String contract() {
		Path file = Path.of(System.getProperty("orderflow.home", ".."), "contracts", "order-created.v1.json");
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
