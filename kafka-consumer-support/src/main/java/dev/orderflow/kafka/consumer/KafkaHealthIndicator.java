package dev.orderflow.kafka.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A consumer is ready only while the Kafka cluster answers: without it, it cannot do its job. A question to the
 * cluster waits at most {@link #TIMEOUT}, less than the launcher's two-second probe timeout, and its answer is kept for
 * {@link #MAX_AGE}, so that frequent probes do not each wait for a broker that is down.
 */
class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofMillis(1500);

	private static final Duration MAX_AGE = Duration.ofSeconds(2);

	private final Admin admin;

	private Health last;

	private long checkedAt;

	KafkaHealthIndicator(Map<String, Object> adminProperties) {
		Map<String, Object> properties = new HashMap<>(adminProperties);
		properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
		properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
		this.admin = Admin.create(properties);
	}

	@Override
	public synchronized Health health() {
		if (last == null || System.nanoTime() - checkedAt > MAX_AGE.toNanos()) {
			last = describeCluster();
			checkedAt = System.nanoTime();
		}
		return last;
	}

	private Health describeCluster() {
		try {
			DescribeClusterResult cluster = admin
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
			return Health.up()
				.withDetail("clusterId", cluster.clusterId().get())
				.withDetail("nodes", cluster.nodes().get().size())
				.build();
		}
		catch (ExecutionException ex) {
			return Health.down(ex.getCause() instanceof Exception cause ? cause : ex).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down(ex).build();
		}
	}

	@Override
	public void close() {
		admin.close(Duration.ofSeconds(2));
	}

}
