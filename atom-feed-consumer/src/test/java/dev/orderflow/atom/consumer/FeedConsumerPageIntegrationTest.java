package dev.orderflow.atom.consumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;

import dev.orderflow.atom.consumer.notes.NotesApplication;
import dev.orderflow.testsupport.IsolatedService;
import dev.orderflow.testsupport.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page {@code /feed} of a consuming service, rendered by the running service from its own schema on the real
 * PostgreSQL. The feed stays empty, so the failures on the page are only those each test records.
 */
@SpringBootTest(classes = NotesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orderflow.instance=notes-7")
class FeedConsumerPageIntegrationTest {

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
	FeedFailures failures;

	@BeforeEach
	void noFailures() {
		jdbc.sql("delete from feed_failure").update();
	}

	@Test
	void withNothingPassedOverThePageShowsThisInstancesPollerAndSaysNoneWasPassedOver() throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> poller.status().active());

		HttpResponse<String> page = get("/feed");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<title>Order feed · orderflow</title>", "href=\"/assets/orderflow.css\"",
				"notes-7", ">active</span>", feed.url(), "None: every entry so far was handled.")
			.doesNotContain("id=\"failures\"", "standing by");
	}

	@Test
	void aFailureWhoseReasonAndJsonLookLikeMarkupIsShownAsText() throws Exception {
		failures.record("order", 41, "urn:uuid:00000000-0000-0000-0000-000000000041", "NoteTaken",
				"<script>alert(1)</script> is no note", "{\"text\": \"<img src=x onerror=alert(2)>\"}");

		String page = get("/feed").body();

		assertThat(page).contains("urn:uuid:00000000-0000-0000-0000-000000000041", ">41<",
				"&lt;script&gt;alert(1)&lt;/script&gt; is no note", "&lt;img src=x onerror=alert(2)&gt;")
			.doesNotContain("<script>alert", "<img src=x", "None: every entry so far was handled.");
	}

	@Test
	void beyondFiftyFailuresThePageShowsTheNewestFirstAndCountsTheRest() throws Exception {
		IntStream.rangeClosed(1, 55).forEach(position -> failures.record("order", position, "urn:uuid:entry-" + position,
				"NoteTaken", "reason " + position, null));

		String page = get("/feed").body();

		assertThat(page).contains("The <span>50</span> newest of <span>55</span>",
				"href=\"/api/feed-failures?max=1000\"")
			.doesNotContain("urn:uuid:entry-5<", "reason 5<");
		assertThat(page.indexOf("reason 55<")).isPositive().isLessThan(page.indexOf("reason 54<"));
		assertThat(page.indexOf("reason 6<")).isGreaterThan(page.indexOf("reason 7<"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
