package dev.orderflow.atom.consumer;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumers' half of {@code contracts/order-feed.v1.atom}: what the order service writes, this module reads. */
class FeedDocumentContractTest {

	static final URI PAGE = URI.create("http://localhost:8080/order/feed/archive/1");

	@Test
	void entriesAreReadWithPositionIdTypeVersionAndTheEventJsonOldestFirst() throws Exception {
		FeedDocument document = FeedDocument.parse(PAGE, "\"page1-3-4\"",
				Files.readAllBytes(Path.of("../contracts/order-feed.v1.atom")));

		assertThat(document.entries()).extracting(FeedEntry::position).containsExactly(3L, 4L);
		FeedEntry first = document.entries().get(0);
		assertThat(first.readable()).isTrue();
		assertThat(first.id()).isEqualTo("urn:uuid:0b4a4c1e-5bd4-4f4e-a7a3-9f0d7e1c2a01");
		assertThat(first.type()).isEqualTo("OrderCreated");
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.updated()).isNotNull();
		assertThat(first.json()).isEqualTo(Files.readString(Path.of("../contracts/order-created.v1.json")));
		assertThat(document.entries().get(1).json()).contains("\"orderId\": 43");
	}

	@Test
	void anEntryAppendedInATraceCarriesItsTraceparentAndOneAppendedOutsideNone() throws Exception {
		FeedDocument document = FeedDocument.parse(PAGE, null,
				Files.readAllBytes(Path.of("../contracts/order-feed.v1.atom")));

		assertThat(document.entries()).extracting(FeedEntry::traceParent)
			.containsExactly(null, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
	}

	@Test
	void thePrevArchiveLinkLeadsToTheOlderPage() throws Exception {
		FeedDocument document = FeedDocument.parse(PAGE, null,
				Files.readAllBytes(Path.of("../contracts/order-feed.v1.atom")));

		assertThat(document.prevArchive()).contains(URI.create("http://localhost:8080/order/feed/archive/0"));
		assertThat(document.startsAfter(1)).as("positions 2 and before are in older pages").isTrue();
		assertThat(document.startsAfter(2)).isFalse();
	}

}
