package dev.orderflow.atom.consumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import dev.orderflow.atom.consumer.notes.NoteTakenHandler;
import dev.orderflow.atom.consumer.notes.NotesApplication;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poller against a feed served over HTTP and the real PostgreSQL. Pages hold three entries, so a few entries make
 * several archive pages. Each test adds entries and waits for its own notes, since the poller runs throughout.
 */
@SpringBootTest(classes = NotesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedPollerIntegrationTest {

	static final IsolatedService service = new IsolatedService("notes");

	static final TestFeed feed = new TestFeed(3);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
		feed.register(registry);
	}

	@AfterAll
	static void closeFeed() {
		feed.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedPoller poller;

	@Autowired
	JsonMapper json;

	@Test
	void entriesAcrossSeveralArchivePagesAreHandledOnceEachInFeedOrder() {
		List<String> texts = IntStream.rangeClosed(1, 10).mapToObj(i -> "paged " + i).toList();
		texts.forEach(this::addNote);

		awaitNote("paged 10");

		assertThat(notes("paged %")).containsExactlyElementsOf(texts);
		assertThat(feed.answers("/order/feed/archive/0", 200) + feed.answers("/order/feed/archive/1", 200))
			.as("older pages were read").isPositive();
		assertThat(poller.status().position()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void anUnchangedFeedIsAskedForWithIfNoneMatchAndAnswered304() {
		addNote("before quiet");
		awaitNote("before quiet");
		int notModified = feed.answers("/order/feed", 304);
		int archives = IntStream.range(0, 10).map(page -> feed.answers("/order/feed/archive/" + page, 200)).sum();

		await().atMost(Duration.ofSeconds(30)).until(() -> feed.answers("/order/feed", 304) >= notModified + 3);

		assertThat(IntStream.range(0, 10).map(page -> feed.answers("/order/feed/archive/" + page, 200)).sum())
			.as("no archive page fetched while nothing changed").isEqualTo(archives);
	}

	@Test
	void unreadableAndRejectedEntriesAreRecordedWithTheirReasonAndThePollerMovesOn() throws Exception {
		long notBase64 = feed.add("NoteTaken", "ignored", entry -> {
			entry.getChild("content", entry.getNamespace()).setText("%%% not base64 %%%");
			return entry;
		});
		long wrongShape = feed.add("NoteTaken", "{\"text\": {\"nested\": true}}");
		long rejected = feed.add("NoteTaken", "{\"text\": \" \"}");
		long notJson = feed.add("NoteTaken", "this is not JSON");
		feed.add("NoteTaken", "ignored", entry -> {
			entry.removeChildren("position", entry.getChildren().stream().filter(e -> e.getName().equals("position"))
				.findFirst().orElseThrow().getNamespace());
			return entry;
		});
		feed.add("SomethingElse", "{\"text\": \"not for us\"}");
		addNote("after the bad ones");

		awaitNote("after the bad ones");

		assertThat(notes("not for us")).as("types without a handler are passed over").isEmpty();
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + port + "/api/feed-failures")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> failures = json.readTree(response.body()).valueStream().toList();
		assertThat(failures).extracting(f -> f.get("position").asLong())
			.contains(notBase64, wrongShape, rejected, notJson, notJson + 1);
		assertThat(reason(failures, notBase64)).startsWith("the content is not Base64");
		assertThat(reason(failures, rejected)).isEqualTo("a note needs a text");
		assertThat(reason(failures, notJson + 1)).startsWith("position " + (notJson + 1) + " is missing from the feed");
		assertThat(failures).filteredOn(f -> f.get("position").asLong() == wrongShape)
			.singleElement()
			.satisfies(f -> assertThat(f.get("content").asString()).contains("nested"));
	}

	/** Consecutive entries share a transaction; the rejected one must not take the others with it. */
	@Test
	void aRejectedEntryBetweenValidOnesIsPassedOverAloneAndTheOthersAreStoredOnce() throws Exception {
		addNote("run 1");
		addNote("run 2");
		long rejected = feed.add("NoteTaken", "{\"text\": \" \"}");
		addNote("run 3");
		addNote("run 4");

		awaitNote("run 4");

		assertThat(notes("run %")).containsExactly("run 1", "run 2", "run 3", "run 4");
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + port + "/api/feed-failures")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.readTree(response.body()).valueStream().map(f -> f.get("position").asLong()))
			.contains(rejected)
			.doesNotContain(rejected - 1, rejected + 1);
	}

	@Test
	void aFailingHandlerIsRetriedAndItsEntryNeitherSkippedNorHalfStored() {
		NoteTakenHandler.failing.set(true);
		try {
			addNote("while failing");
			await().atMost(Duration.ofSeconds(30)).until(() -> poller.status().lastError() != null);
			assertThat(notes("while failing")).as("rolled back with the position").isEmpty();
		}
		finally {
			NoteTakenHandler.failing.set(false);
		}

		awaitNote("while failing");

		assertThat(notes("while failing")).hasSize(1);
		assertThat(poller.status().lastError()).isNull();
	}

	@Test
	void entriesAddedWhileTheFeedIsDownArriveOnceItIsBack() {
		feed.failWith(503);
		try {
			addNote("while down");
			await().atMost(Duration.ofSeconds(30)).until(() -> poller.status().lastError() != null
					&& poller.status().lastError().contains("503"));
		}
		finally {
			feed.failWith(0);
		}

		awaitNote("while down");

		assertThat(notes("while down")).hasSize(1);
	}

	private void addNote(String text) {
		feed.add("NoteTaken", "{\"text\": \"" + text + "\"}");
	}

	private void awaitNote(String text) {
		await().atMost(Duration.ofSeconds(60)).until(() -> !notes(text).isEmpty());
	}

	private List<String> notes(String like) {
		return jdbc.sql("select text from note where text like ? order by seq").param(like).query(String.class).list();
	}

	private static String reason(List<JsonNode> failures, long position) {
		return failures.stream().filter(f -> f.get("position").asLong() == position).findFirst().orElseThrow()
			.get("reason").asString();
	}

}
