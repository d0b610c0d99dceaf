package dev.orderflow.eventlog.atom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import dev.orderflow.eventlog.EventLog;
import dev.orderflow.eventlog.TestEvent;
import dev.orderflow.testsupport.IsolatedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed as a consumer sees it over HTTP, from the order service running with {@code orderflow.transport=atom} and
 * no Kafka broker at the configured address. Pages hold three entries, so a few events make several archive pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventFeedIntegrationTest {

	static final IsolatedService service = new IsolatedService("feed");

	static final AtomicLong aggregates = new AtomicLong(1000);

	static final ExecutorService executor = Executors.newSingleThreadExecutor();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
		// Nothing listens here: the order service must not need Kafka with transport atom.
		registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:9");
		registry.add("orderflow.transport", () -> "atom");
		registry.add("orderflow.feed.page-size", () -> "3");
	}

	@LocalServerPort
	int port;

	@Autowired
	EventLog eventLog;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	final FeedReader reader = new FeedReader();

	@AfterAll
	static void stopExecutor() {
		executor.shutdownNow();
	}

	@Test
	void anOrderPlacedWithoutKafkaAppearsInTheFeedWithItsEventJson() throws Exception {
		assertThat(context.containsBean("kafkaRelay")).as("no Kafka relay with transport atom").isFalse();
		assertThat(reader.get(url("/actuator/health/readiness"), null).statusCode()).isEqualTo(200);

		HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/orders")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"customerId": 2,
					 "shippingAddress": {"street": "1 Harbour Road", "zip": "02139", "city": "Cambridge"},
					 "billingAddress": {"street": "7 Ledger Lane", "zip": "10001", "city": "New York"},
					 "lines": [{"itemId": 1, "count": 2}]}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(placed.statusCode()).isEqualTo(201);
		long orderId = json.readTree(placed.body()).get("id").asLong();

		FeedReader.Item entry = await().atMost(Duration.ofSeconds(30)).until(() -> reader.all(feed()).stream()
			.filter(item -> item.type().equals("OrderCreated"))
			.filter(item -> json.readTree(item.json()).get("orderId").asLong() == orderId)
			.findFirst(), found -> found.isPresent()).orElseThrow();
		assertThat(entry.id()).startsWith("urn:uuid:");
		assertThat(json.readTree(entry.json()).get("customer").get("name").asString()).isEqualTo("Grace Hopper");
	}

	@Test
	void anUnchangedFeedAnswers304WithTheValidatorsOfA200() throws Exception {
		append(1);
		HttpResponse<String> first = reader.get(feed(), null);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = reader.get(feed(), etag);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/atom+xml"));
		assertThat(etag).as("strong").doesNotStartWith("W/");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		for (String header : List.of("ETag", "Last-Modified", "Cache-Control")) {
			assertThat(again.headers().firstValue(header)).as(header).isPresent().isEqualTo(first.headers().firstValue(header));
		}

		append(1);

		HttpResponse<String> changed = reader.get(feed(), etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(first.headers().firstValue("ETag"));
	}

	@Test
	void prevArchiveLinksLeadThroughFullPagesThatNeverChangeToTheFirstEntry() throws Exception {
		long head = append(10);

		List<FeedReader.Item> items = reader.all(feed());

		assertThat(items).extracting(FeedReader.Item::position).as("every position once, newest first")
			.containsExactlyElementsOf(LongStream.iterate(head, p -> p >= 1, p -> p - 1).boxed().toList());
		assertThat(items).extracting(FeedReader.Item::id).doesNotHaveDuplicates();
		FeedReader.Page subscription = reader.page(feed());
		assertThat(subscription.archive()).isFalse();
		String archiveUrl = subscription.link("prev-archive").orElseThrow();
		HttpResponse<String> archive = reader.get(archiveUrl, null);
		assertThat(archive.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=31536000", "public", "immutable"));
		FeedReader.Page archivePage = FeedReader.parse(archive.body());
		assertThat(archivePage.archive()).isTrue();
		assertThat(archivePage.items()).hasSize(3);
		assertThat(archivePage.feedId()).isEqualTo(subscription.feedId());

		append(4);

		HttpResponse<String> later = reader.get(archiveUrl, null);
		assertThat(later.body()).as("an archive page never changes").isEqualTo(archive.body());
		assertThat(later.headers().firstValue("ETag")).isEqualTo(archive.headers().firstValue("ETag"));
		assertThat(reader.get(archiveUrl, archive.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
		long newestPage = (eventLog.head().position() - 1) / 3;
		assertThat(reader.get(feed() + "/archive/" + newestPage, null).statusCode()).as("not full yet").isEqualTo(404);
	}

	@Test
	void anEventWhoseTransactionCommitsLateAppearsAfterEverythingReadersHaveSeen() throws Exception {
		CountDownLatch appended = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		long late = aggregates.incrementAndGet();
		Future<?> slow = executor.submit(() -> transaction.executeWithoutResult(status -> {
			eventLog.append(new TestEvent(late));
			appended.countDown();
			awaitQuietly(mayCommit);
		}));
		assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
		long seen = append(3);
		List<FeedReader.Item> before = reader.all(feed());
		assertThat(before).extracting(FeedReader.Item::position).contains(seen);

		mayCommit.countDown();
		slow.get(10, TimeUnit.SECONDS);

		List<FeedReader.Item> after = await().atMost(Duration.ofSeconds(30))
			.until(() -> reader.all(feed()), items -> items.size() > before.size());
		FeedReader.Item lateEntry = after.get(0);
		assertThat(lateEntry.json()).contains("\"aggregateId\":" + late);
		assertThat(lateEntry.position()).as("behind no reader's cursor").isEqualTo(seen + 1);
		assertThat(after.subList(1, after.size())).as("what readers had seen is unchanged").isEqualTo(before);
	}

	/** Appends {@code count} events in transactions of their own and waits until they have positions. */
	private long append(int count) {
		long expected = eventLog.head().position() + count;
		for (int i = 0; i < count; i++) {
			transaction.executeWithoutResult(status -> eventLog.append(new TestEvent(aggregates.incrementAndGet())));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> eventLog.head().position() >= expected);
		return expected;
	}

	private String feed() {
		return url("/feed");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + "/order" + path;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
