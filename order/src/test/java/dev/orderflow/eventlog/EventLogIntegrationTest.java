package dev.orderflow.eventlog;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.orderflow.testsupport.IsolatedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Positions follow commit order: a reader that has seen position n must never find a new event below n later. The
 * sequencer is running too, so positions are read from the table rather than from a sequence() return value.
 */
@SpringBootTest
class EventLogIntegrationTest {

	static final IsolatedService service = new IsolatedService("eventlog");

	static final ExecutorService executor = Executors.newSingleThreadExecutor();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		service.register(registry);
	}

	@Autowired
	EventLog eventLog;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void stopExecutor() {
		executor.shutdownNow();
	}

	@Test
	void anEventWhoseTransactionCommitsLateIsPositionedAfterEventsCommittedMeanwhile() throws Exception {
		CountDownLatch appended = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		Future<?> slow = executor.submit(() -> transaction.executeWithoutResult(status -> {
			eventLog.append(new TestEvent(1));
			appended.countDown();
			await(mayCommit);
		}));
		appended.await(10, TimeUnit.SECONDS);

		transaction.executeWithoutResult(status -> eventLog.append(new TestEvent(2)));
		eventLog.sequence(100);
		mayCommit.countDown();
		slow.get(10, TimeUnit.SECONDS);
		eventLog.sequence(100);

		List<Long> aggregatesByPosition = jdbc
			.sql("select aggregate_id from event_log where aggregate_id in (1, 2) order by position")
			.query(Long.class)
			.list();
		assertThat(aggregatesByPosition).containsExactly(2L, 1L);
		List<Long> positions = jdbc.sql("select position from event_log order by position").query(Long.class).list();
		assertThat(positions).as("no gaps").isEqualTo(
				java.util.stream.LongStream.rangeClosed(1, positions.size()).boxed().toList());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
