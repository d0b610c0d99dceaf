package dev.orderflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Places orders through {@code POST /order/api/orders}. Saturation mode keeps {@code clients} requests in flight;
 * fixed-rate mode sends on a schedule whether or not earlier requests have answered (an open loop), and measures each
 * request from the moment it was due, so a slow system cannot hide its latency by slowing the client down.
 */
final class Load {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** One request: when it was due and answered (ns since the run started), its status and the order id. */
	record Sample(long dueNanos, long doneNanos, int status, long orderId) {

		boolean accepted() {
			return status == 201;
		}

	}

	private final HttpClient http;

	private final String gateway;

	private final List<Long> customers;

	private final List<Long> items;

	final Queue<Sample> samples = new ConcurrentLinkedQueue<>();

	final AtomicInteger accepted = new AtomicInteger();

	final AtomicInteger failed = new AtomicInteger();

	/** Why requests failed, e.g. "HTTP 503" or "java.net.ConnectException", with how often. */
	final Map<String, Integer> failures = new ConcurrentHashMap<>();

	private final long start = System.nanoTime();

	Load(String gateway, ExecutorService executor) {
		this.gateway = gateway;
		this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
		this.customers = ids("/order/api/customers");
		this.items = ids("/order/api/items");
	}

	long elapsedNanos() {
		return System.nanoTime() - start;
	}

	void saturate(int orders, int clients) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			workers.execute(() -> {
				Random random = new Random();
				while (next.getAndIncrement() < orders) {
					long due = elapsedNanos();
					record(due, send(order(random)));
				}
			});
		}
		workers.shutdown();
		workers.awaitTermination(1, TimeUnit.HOURS);
	}

	void atRate(int orders, int perSecond) throws InterruptedException {
		CountDownLatch answered = new CountDownLatch(orders);
		Random random = new Random();
		long interval = 1_000_000_000L / perSecond;
		for (int i = 0; i < orders; i++) {
			long due = i * interval;
			long wait = due - elapsedNanos();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			http.sendAsync(request(order(random)), HttpResponse.BodyHandlers.ofString())
				.whenComplete((response, failure) -> {
					if (failure != null) {
						failures.merge(failure.getClass().getName(), 1, Integer::sum);
					}
					record(due, failure == null ? response : null);
					answered.countDown();
				});
		}
		answered.await(10, TimeUnit.MINUTES);
	}

	private void record(long due, HttpResponse<String> response) {
		long done = elapsedNanos();
		if (response != null && response.statusCode() == 201) {
			accepted.incrementAndGet();
			samples.add(new Sample(due, done, 201, json.readTree(response.body()).get("id").asLong()));
		}
		else {
			if (response != null) {
				failures.merge("HTTP " + response.statusCode(), 1, Integer::sum);
			}
			failed.incrementAndGet();
			samples.add(new Sample(due, done, response == null ? 0 : response.statusCode(), 0));
		}
	}

	private HttpResponse<String> send(String body) {
		try {
			return http.send(request(body), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (Exception ex) {
			failures.merge(ex.getClass().getName() + ": " + ex.getMessage(), 1, Integer::sum);
			return null;
		}
	}

	private HttpRequest request(String body) {
		return HttpRequest.newBuilder(URI.create(gateway + "/order/api/orders"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** A plausible order: a catalog customer, one to three lines of catalog items. */
	private String order(Random random) {
		StringBuilder lines = new StringBuilder();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			lines.append(i == 0 ? "" : ", ")
				.append("{\"itemId\": ")
				.append(items.get(random.nextInt(items.size())))
				.append(", \"count\": ")
				.append(1 + random.nextInt(4))
				.append('}');
		}
		return """
				{"customerId": %d,
				 "shippingAddress": {"street": "%d Benchmark Road", "zip": "10115", "city": "Berlin"},
				 "billingAddress": {"street": "1 Ledger Lane", "zip": "10115", "city": "Berlin"},
				 "lines": [%s]}""".formatted(customers.get(random.nextInt(customers.size())), random.nextInt(1000),
				lines);
	}

	private List<Long> ids(String path) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			return json.readTree(response.body()).valueStream().map(node -> node.get("id").asLong()).toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + path + " from " + gateway + ": " + ex, ex);
		}
	}

}
