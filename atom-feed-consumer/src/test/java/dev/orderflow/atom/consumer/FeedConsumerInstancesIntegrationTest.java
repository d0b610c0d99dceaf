package dev.orderflow.atom.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import dev.orderflow.atom.consumer.notes.NoteTakenHandler;
import dev.orderflow.atom.consumer.notes.NotesApplication;
import dev.orderflow.atom.consumer.tracing.TracedEntries;
import dev.orderflow.testsupport.SharedInfrastructure;
import dev.orderflow.testsupport.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances of one consuming service sharing one schema, each a Spring application of its own that the test starts
 * and stops, as restarts and scaling would.
 */
class FeedConsumerInstancesIntegrationTest {

	final String schema = SharedInfrastructure.uniqueName("instances");

	final TestFeed feed = new TestFeed(3);

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
		feed.close();
	}

	@Test
	void aRestartedConsumerResumesAfterItsStoredPositionAndHandlesNothingTwice() {
		addNotes(1, 5);
		ConfigurableApplicationContext first = start("notes-1", "atom");
		awaitNotes(5);
		first.close();
		int firstPageReads = feed.answers("/order/feed/archive/0", 200);

		addNotes(6, 9);
		start("notes-1", "atom");

		awaitNotes(9);
		assertThat(notes()).containsExactlyElementsOf(texts(1, 9));
		assertThat(feed.answers("/order/feed/archive/0", 200)).as("no need to read from the start again")
			.isEqualTo(firstPageReads);
	}

	@Test
	void twoInstancesHandleEveryEntryOnceAndOnlyOneOfThemPollsUntilItStops() {
		ConfigurableApplicationContext a = start("notes-1", "atom");
		ConfigurableApplicationContext b = start("notes-2", "atom");
		await().atMost(Duration.ofSeconds(30)).until(() -> status(a).lastPolledAt() != null && status(b).lastPolledAt() != null
				&& status(a).active() != status(b).active());

		addNotes(1, 20);
		awaitNotes(20);

		ConfigurableApplicationContext active = status(a).active() ? a : b;
		ConfigurableApplicationContext standby = active == a ? b : a;
		assertThat(status(standby).active()).isFalse();
		active.close();
		addNotes(21, 25);

		awaitNotes(25);
		assertThat(status(standby).active()).as("took over").isTrue();
		assertThat(notes()).containsExactlyElementsOf(texts(1, 25));
	}

	@Test
	void twoPollersHandlingTheSameEntriesAtOnceStoreEachNoteOnceBecauseTheDatabaseDecides() {
		// No poller runs here (transport kafka); two processors race over the same entries as two pollers would.
		ConfigurableApplicationContext context = start("notes-1", "kafka");
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		FeedPositions positions = new FeedPositions(jdbc);
		positions.current("order");
		List<FeedEntry> entries = IntStream.rangeClosed(1, 40)
			.mapToObj(i -> new FeedEntry(i, "urn:uuid:" + i, "NoteTaken", 1, Instant.now(), null,
					"{\"text\": \"note " + i + "\"}", null))
			.toList();

		List<CompletableFuture<Void>> racers = IntStream.range(0, 2).mapToObj(i -> {
			EntryProcessor processor = new EntryProcessor("order",
					Map.of("NoteTaken", context.getBean(NoteTakenHandler.class)), context.getBean(JsonMapper.class),
					positions, new FeedFailures(jdbc), context.getBean(TransactionTemplate.class), TracedEntries.NONE);
			return CompletableFuture.runAsync(() -> entries.forEach(processor::process));
		}).toList();
		racers.forEach(CompletableFuture::join);

		assertThat(notes()).containsExactlyElementsOf(texts(1, 40));
		assertThat(positions.current("order")).isEqualTo(40);
	}

	private ConfigurableApplicationContext start(String instance, String transport) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(NotesApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + SharedInfrastructure.jdbcUrl(),
					"--spring.datasource.username=" + SharedInfrastructure.username(),
					"--spring.datasource.password=" + SharedInfrastructure.password(),
					"--orderflow.db.schema=" + schema, "--orderflow.feed.url=" + feed.url(),
					"--orderflow.instance=" + instance, "--orderflow.transport=" + transport);
		instances.add(context);
		return context;
	}

	private static FeedStatus status(ConfigurableApplicationContext context) {
		return context.getBean(FeedPoller.class).status();
	}

	private void addNotes(int first, int last) {
		texts(first, last).forEach(text -> feed.add("NoteTaken", "{\"text\": \"" + text + "\"}"));
	}

	private void awaitNotes(int count) {
		await().atMost(Duration.ofSeconds(60)).until(() -> notes().size() >= count);
	}

	private List<String> notes() {
		JdbcClient jdbc = instances.stream().filter(ConfigurableApplicationContext::isActive).findFirst().orElseThrow()
			.getBean(JdbcClient.class);
		return jdbc.sql("select text from note order by seq").query(String.class).list();
	}

	private static List<String> texts(int first, int last) {
		return IntStream.rangeClosed(first, last).mapToObj(i -> "note " + i).toList();
	}

}
