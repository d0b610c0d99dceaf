package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Order-changed and order-cancelled records as the consumers' tests send them: the contracts' examples
 * ({@code contracts/order-changed.v1.json}, {@code order-cancelled.v1.json}) with an order id of the test's choosing,
 * keyed and headed as the order service's relay does it.
 */
public final class OrderLifecycleRecords {

	private OrderLifecycleRecords() {
	}

	/** The contract's example of {@code OrderChanged} or {@code OrderCancelled} with another order id. */
	public static String json(String type, long orderId) {
		String file = type.equals("OrderChanged") ? "order-changed.v1.json" : "order-cancelled.v1.json";
		try {
			return Files.readString(Path.of("../contracts/" + file))
				.replace("\"orderId\": 42", "\"orderId\": " + orderId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The relay's headers on a lifecycle record. */
	public static Map<String, String> headers(String type, UUID eventId) {
		return Map.of("event-type", type, "event-version", "1", "event-id", eventId.toString(), "content-type",
				"application/json");
	}

	/** Sends the contract's event of this type for this order, with a fresh event id, which it returns. */
	public static UUID send(IsolatedService service, String type, long orderId) {
		UUID eventId = UUID.randomUUID();
		send(service, type, orderId, eventId, json(type, orderId));
		return eventId;
	}

	/** Sends this value as the event of this type and id, keyed {@code <id>changed} or {@code <id>cancelled}. */
	public static void send(IsolatedService service, String type, long orderId, UUID eventId, String json) {
		String suffix = type.equals("OrderChanged") ? "changed" : "cancelled";
		service.send(orderId + suffix, json.getBytes(StandardCharsets.UTF_8), headers(type, eventId));
	}

}
