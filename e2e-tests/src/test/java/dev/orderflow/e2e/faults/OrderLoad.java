package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.orderflow.e2e.SampleOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Clients placing orders through the entry point at a steady rate, remembering what they were told: 201 with the
 * order's id and total, or a failure (another status, or no answer at all), after which the client cannot know whether
 * the order was stored.
 */
final class OrderLoad implements AutoCloseable {

	private static final int CLIENTS = 8;

	private final URI orders;

	private final URI orderReadiness;

	private final int count;

	private final boolean pauseWhileOrderIsDown;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

	/** A tick that finds every client busy sends nothing, rather than queue requests that would all go at once. */
	private final Semaphore idleClients = new Semaphore(CLIENTS);

	private final AtomicInteger sent = new AtomicInteger();

	private final AtomicInteger finished = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	private final Map<Long, BigDecimal> accepted = new ConcurrentHashMap<>();

	private volatile boolean orderDown;

	/** How many orders may be sent so far; see {@link #limit(int)}. */
	private volatile int limit;

	private OrderLoad(int gatewayPort, int count, boolean pauseWhileOrderIsDown) {
		this.orders = URI.create("http://127.0.0.1:" + gatewayPort + "/order/api/orders");
		this.orderReadiness = URI.create("http://127.0.0.1:" + gatewayPort + "/order/actuator/health/readiness");
		this.count = count;
		this.pauseWhileOrderIsDown = pauseWhileOrderIsDown;
		this.limit = count;
	}

	/** Starts placing {@code count} orders, {@code perSecond} a second, and returns at once. */
	static OrderLoad start(int gatewayPort, int count, int perSecond) {
		return start(gatewayPort, count, perSecond, false);
	}

	/**
	 * Like {@link #start(int, int, int)}; with {@code pauseWhileOrderIsDown}, a client that got no answer or a 5xx
	 * makes all of them wait until the entry point has a ready order instance again, so that the orders are spread
	 * over the time the service is up instead of being refused in a burst while it is down.
	 */
	static OrderLoad start(int gatewayPort, int count, int perSecond, boolean pauseWhileOrderIsDown) {
		OrderLoad load = new OrderLoad(gatewayPort, count, pauseWhileOrderIsDown);
		load.ticker.scheduleAtFixedRate(load::tick, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
		return load;
	}

	private void tick() {
		if (orderDown) {
			if (!orderReady()) {
				return;
			}
			orderDown = false;
		}
		if (sent.get() < Math.min(count, limit) && idleClients.tryAcquire()) {
			int number = sent.getAndIncrement();
			clients.execute(() -> place(number));
		}
	}

	private void place(int number) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(orders)
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(SampleOrders.order(number)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 201) {
				JsonNode order = JsonMapper.shared().readTree(response.body());
				accepted.put(order.get("id").asLong(), order.get("total").decimalValue());
			}
			else {
				failed(String.valueOf(response.statusCode()));
				orderDown = pauseWhileOrderIsDown && response.statusCode() >= 500;
			}
		}
		catch (IOException ex) {
			failed(ex.getClass().getSimpleName());
			orderDown = pauseWhileOrderIsDown;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			finished.incrementAndGet();
			idleClients.release();
		}
	}

	private void failed(String reason) {
		failed.incrementAndGet();
		failures.computeIfAbsent(reason, key -> new AtomicInteger()).incrementAndGet();
	}

	private boolean orderReady() {
		try {
			return http.send(HttpRequest.newBuilder(orderReadiness).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Sends no more than {@code sent} orders in all until the limit is raised, so that a test whose faults take
	 * longer on a slow machine still injects each of them while orders flow.
	 */
	OrderLoad limit(int sent) {
		this.limit = sent;
		return this;
	}

	/** Waits until every order was sent and answered (or not). */
	OrderLoad awaitFinished(Duration atMost) {
		await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> finished.get() == count);
		return this;
	}

	/** Orders answered 201 so far. */
	int acceptedCount() {
		return accepted.size();
	}

	/** Order id to the total the order service answered with. */
	Map<Long, BigDecimal> accepted() {
		return Map.copyOf(accepted);
	}

	int sent() {
		return sent.get();
	}

	/** Orders answered with another status than 201, or not answered. */
	int failed() {
		return failed.get();
	}

	/** The failures by status code or exception, e.g. {@code {503=12, IOException=2}}. */
	String failures() {
		return new TreeMap<>(failures).toString();
	}

	@Override
	public void close() {
		ticker.shutdownNow();
		clients.shutdownNow();
	}

}
