package dev.orderflow.eventlog.atom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.orderflow.eventlog.LoggedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's half of the contract in {@code contracts/order-feed.v1.atom}: an archive page as the order service writes
 * it. The consumers read the same file in their tests, so a change here that they cannot read fails their build.
 */
class OrderFeedContractTest {

	@Test
	void anArchivePageIsWrittenExactlyAsTheContractSays() throws Exception {
		String orderCreated = Files.readString(Path.of("../contracts/order-created.v1.json"));
		List<LoggedEvent> events = List.of(
				event(3, "0b4a4c1e-5bd4-4f4e-a7a3-9f0d7e1c2a01", 42, orderCreated, "2025-06-01T10:15:30Z", null),
				event(4, "0b4a4c1e-5bd4-4f4e-a7a3-9f0d7e1c2a02", 43,
						orderCreated.replace("\"orderId\": 42", "\"orderId\": 43"), "2025-06-01T10:15:31Z",
						"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

		String written = AtomFeedWriter.write(FeedPage.archive(1, 4, 2).orElseThrow(), events,
				"http://localhost:8080/order/feed");

		assertThat(written).isXmlEqualTo(Files.readString(Path.of("../contracts/order-feed.v1.atom")));
	}

	private static LoggedEvent event(long position, String id, long orderId, String payload, String at,
			String traceParent) {
		Instant time = Instant.parse(at);
		return new LoggedEvent(position, UUID.fromString(id), "OrderCreated", 1, orderId + "created", orderId, payload,
				time, time.plusMillis(200), traceParent);
	}

}
