package dev.orderflow.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.orderflow.e2e.Orderflow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test 10, after Kafka's own replication test: on a three-broker cluster ({@code up --brokers 3}, a system of its
 * own in {@code target/cluster-data}), the broker leading the order topic's partitions is killed with SIGKILL five
 * times while clients place orders, and started again each time. With three replicas, {@code min.insync.replicas=2},
 * the relay's {@code acks=all} and no unclean leader election, every acknowledged record is on a surviving replica.
 * The killed broker is the one leading most of the five partitions, among equals the leader of partition 0; the next
 * kill waits until it is a full replica again, and the orders are paced so that they flow at each kill and while the
 * broker is down, however long its restart takes on a busy machine.
 */
@Tag("faults")
@FaultLane
@Order(10)
class LeaderKillIT {

	static final int ORDERS = 5000;

	static final int KILLS = 5;

	static final int STEP = ORDERS / (KILLS + 1);

	@Test
	void killingTheLeaderOfTheOrderPartitionsFiveTimesLosesNoAcceptedOrderAndDoublesNone() {
		Orderflow orderflow = new Orderflow(freshDirectory(Path.of("target", "cluster-data").toAbsolutePath()));
		int ports = freePortBlock(6);
		try {
			orderflow.up("--brokers", "3", "--kafka-port", String.valueOf(ports), "--kafka-controller-port",
					String.valueOf(ports + 1));
			String bootstrap = orderflow.status().get("kafkaBootstrap").asString();
			Database database = new Database(orderflow.status());
			try (ClusterAdmin cluster = new ClusterAdmin(bootstrap);
					OrderLoad load = OrderLoad.start(orderflow.gatewayPort, ORDERS, 50).limit(0)) {
				assertThat(cluster.partitions(Broker.ORDER_TOPIC)).hasSize(5)
					.allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
				assertThat(cluster.setting(Broker.ORDER_TOPIC, "min.insync.replicas")).isEqualTo("2");
				assertThat(cluster.setting(Broker.ORDER_TOPIC, "unclean.leader.election.enable")).isEqualTo("false");

				List<String> kills = new ArrayList<>();
				// Looked up now: a status call starts a JVM, which may take seconds on a busy machine.
				Map<Integer, Long> pids = new HashMap<>();
				for (int broker = 1; broker <= 3; broker++) {
					pids.put(broker, orderflow.pid("kafka-" + broker));
				}
				load.limit(STEP);
				for (int kill = 1; kill <= KILLS; kill++) {
					int sent = kill * STEP;
					await().atMost(Duration.ofMinutes(3)).until(() -> load.sent() >= sent);
					// The load may run one step past each kill, so that orders flow while the broker is down.
					load.limit(Math.max(load.sent(), sent) + STEP);
					Map<Integer, Long> leadership = cluster.leadership(Broker.ORDER_TOPIC);
					int leader = cluster.leaderOfMostPartitions(Broker.ORDER_TOPIC);
					orderflow.kill("kafka-" + leader, pids.get(leader));
					int sentAtKill = load.sent();
					pids.put(leader, startedPid(orderflow.run("start", "kafka-" + leader)));
					// As in Kafka's test: the next kill only once the restarted broker is a full replica again.
					await().atMost(Duration.ofMinutes(3))
						.pollInterval(Duration.ofSeconds(1))
						.until(() -> cluster.fullyInSync(List.of(Broker.ORDER_TOPIC, "__consumer_offsets")));
					kills.add(("kafka-%d (led %d of 5 partitions; killed after %d orders sent, %d more sent until it "
							+ "was back in sync)").formatted(leader, leadership.get(leader), sentAtKill,
									load.sent() - sentAtKill));
				}
				load.limit(ORDERS);
				load.awaitFinished(Duration.ofMinutes(3));

				Map<Long, BigDecimal> accepted = load.accepted();
				assertThat(load.failed()).as("orders not accepted: " + load.failures()).isZero();
				assertThat(database.ordersAfter(0)).as("every 201 is a committed order").containsAllEntriesOf(accepted);
				Deliveries.awaitShippedAndInvoiced(database, accepted.keySet(), Duration.ofMinutes(3));
				Deliveries.assertExactlyOnce(database, accepted);

				FaultReport.record("10. kill -9 the order topic's leader " + KILLS + " times during " + ORDERS
						+ " orders (3 brokers)", ("killed %s; %d of %d orders answered 201; %d shipments, %d invoices, "
								+ "0 missing, 0 doubled; %d records on the topic for %d events")
					.formatted(String.join(", ", kills), accepted.size(), ORDERS,
							database.rows("shipping.shipment", accepted.keySet()),
							database.rows("invoicing.invoice", accepted.keySet()), recordCount(bootstrap),
							database.rows("ordering.event_log")));
			}
		}
		finally {
			orderflow.run("down");
		}
	}

	/** The PID in what {@code start} printed: "Started kafka-2 (port 19094, pid 4711)". */
	static long startedPid(String printed) {
		Matcher pid = Pattern.compile("pid (\\d+)").matcher(printed);
		assertThat(pid.find()).as("a PID in: " + printed).isTrue();
		return Long.parseLong(pid.group(1));
	}

	private static long recordCount(String bootstrap) {
		try (Broker broker = new Broker(bootstrap)) {
			return broker.recordCount(Broker.ORDER_TOPIC);
		}
	}

	/** An earlier run that was aborted may still be running there; its data and logs stay after a run. */
	private static Path freshDirectory(Path data) {
		if (Files.exists(data)) {
			new Orderflow(data).run("down");
			try (Stream<Path> paths = Files.walk(data)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return data;
	}

	/** Three brokers take the Kafka port and the controller port plus 2 and 4 each: six ports in a row. */
	private static int freePortBlock(int size) {
		for (int attempt = 0; attempt < 100; attempt++) {
			int first;
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				first = socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (first + size < 65535 && Stream.iterate(first, port -> port + 1).limit(size).allMatch(LeaderKillIT::free)) {
				return first;
			}
		}
		throw new IllegalStateException("no " + size + " free ports in a row");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
