package dev.orderflow.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * @param orders how many orders to place
 * @param clients concurrent clients in saturation mode
 * @param rate orders per second in fixed-rate mode, 0 for saturation
 * @param transport the transport the system runs with, passed to {@code up}
 * @param eventFormat {@code json} or {@code avro} on the Kafka topic, passed to {@code up}
 * @param attach use a running system instead of starting one
 * @param data the data directory of the system (a fresh one under target/bench unless attaching)
 * @param out where report.json and report.html go
 * @param home the repository root, where the jars are
 * @param upArguments further options for {@code up}, e.g. {@code --scale shipping=2}
 */
record BenchOptions(int orders, int clients, int rate, String transport, String eventFormat, boolean attach, Path data, Path out,
		Path home, List<String> upArguments) {

	static final String USAGE = """
			Usage: ./orderflow bench [--orders N] [--clients C] [--rate R] [--transport kafka|atom]
			                         [--event-format json|avro] [--attach]
			                         [--data DIR] [--scale SERVICE=N] [--port SERVICE=PORT] ...

			  --orders N      orders to place (default 20000)
			  --clients C     concurrent clients, saturation mode (default 32)
			  --rate R        open-loop fixed rate of R orders/s instead of saturation
			  --transport T   kafka (default) or atom
			  --event-format F  json (default) or avro: how the order service writes events to Kafka
			  --attach        measure the system already running (./orderflow up) instead of starting a fresh one
			  --data DIR      data directory (default <out>/data, wiped first; with --attach: ./data)
			  --out DIR       where the report goes (default target/bench)
			Other options (--scale, --port, --gateway-port, ...) are passed to ./orderflow up.
			Writes report.json and report.html to the --out directory.
			""";

	static BenchOptions parse(List<String> args, Path home) {
		int orders = 20_000;
		int clients = 32;
		int rate = 0;
		String transport = "kafka";
		String eventFormat = "json";
		boolean attach = false;
		Path data = null;
		Path out = null;
		List<String> up = new java.util.ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--orders" -> orders = positive(arg, args, ++i);
				case "--clients" -> clients = positive(arg, args, ++i);
				case "--rate" -> rate = positive(arg, args, ++i);
				case "--transport" -> transport = value(arg, args, ++i);
				case "--event-format" -> eventFormat = value(arg, args, ++i);
				case "--attach" -> attach = true;
				case "--data" -> data = Path.of(value(arg, args, ++i));
				case "--out" -> out = Path.of(value(arg, args, ++i));
				case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
				default -> {
					if (!arg.startsWith("--") || i + 1 >= args.size()) {
						throw new IllegalArgumentException("Unknown option " + arg + "\n\n" + USAGE);
					}
					up.add(arg);
					up.add(args.get(++i));
				}
			}
		}
		if (!transport.equals("kafka") && !transport.equals("atom")) {
			throw new IllegalArgumentException("--transport must be kafka or atom, not " + transport);
		}
		if (!eventFormat.equals("json") && !eventFormat.equals("avro")) {
			throw new IllegalArgumentException("--event-format must be json or avro, not " + eventFormat);
		}
		if (out == null) {
			out = home.resolve("target/bench");
		}
		if (data == null) {
			data = attach ? home.resolve("data") : out.resolve("data");
		}
		return new BenchOptions(orders, clients, rate, transport, eventFormat, attach, data.toAbsolutePath(), out.toAbsolutePath(),
				home, List.copyOf(up));
	}

	private static String value(String option, List<String> args, int at) {
		if (at >= args.size()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args.get(at);
	}

	private static int positive(String option, List<String> args, int at) {
		String value = value(option, args, at);
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(option + " needs a positive whole number, not " + value);
	}

	String mode() {
		return rate > 0 ? "fixed rate " + rate + "/s" : "saturation, " + clients + " clients";
	}

}
