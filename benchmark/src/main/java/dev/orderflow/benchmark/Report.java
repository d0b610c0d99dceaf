package dev.orderflow.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a result as a table for the terminal, as report.json and as report.html with two plots. */
final class Report {

	private Report() {
	}

	static void print(Result r, PrintStream out) {
		out.println();
		out.printf(Locale.ROOT, "orderflow benchmark: %s transport, %s events, %s, %d orders%n", r.transport(),
				r.eventFormat(), r.mode(), r.orders());
		out.printf(Locale.ROOT, "  accepted              %8d   errors %d%n", r.accepted(), r.errors());
		r.failures().forEach((why, count) -> out.printf(Locale.ROOT, "    %6d x %s%n", count, why));
		out.printf(Locale.ROOT, "  accepted orders/s     %8.0f   (load ran %.1f s)%n", r.acceptedPerSecond(), r.loadSeconds());
		out.printf(Locale.ROOT, "  end-to-end orders/s   %8.0f   (accepted until shipment and invoice stored)%n",
				r.endToEndPerSecond());
		out.printf(Locale.ROOT, "  lost %d, doubled %d%s%n", r.lost(), r.doubled(),
				r.lost() == 0 && r.doubled() == 0 ? ": every accepted order has exactly one shipment and one invoice"
						: "  <-- NOT EVERY ORDER WAS PROCESSED EXACTLY ONCE");
		if (r.topic() != null) {
			out.printf(Locale.ROOT,
					"  record size (bytes)   %8.0f   value, %s; %.0f per record in the broker's log (%d records)%n",
					r.topic().valueBytes(), r.eventFormat(), r.topic().logBytesPerRecord(), r.topic().records());
		}
		out.println();
		out.println("  latency (ms)              p50      p95      p99      max");
		row(out, "HTTP request", r.httpMillis());
		row(out, "accepted -> shipment", r.toShipmentMillis());
		row(out, "accepted -> invoice", r.toInvoiceMillis());
		row(out, "accepted -> both", r.toBothMillis());
		out.println();
		out.println("  process          CPU s    RSS MiB   peak MiB");
		r.processes().forEach((name, u) -> out.printf(Locale.ROOT, "  %-14s %7.1f   %8.0f   %8.0f%n", name,
				u.cpuSeconds(), u.rssMiB(), u.peakRssMiB()));
		if (r.startupSeconds() > 0) {
			out.printf(Locale.ROOT, "%n  whole system ready after %.1f s%n", r.startupSeconds());
		}
	}

	private static void row(PrintStream out, String name, Percentiles p) {
		out.printf(Locale.ROOT, "  %-22s %8.1f %8.1f %8.1f %8.1f%n", name, p.p50(), p.p95(), p.p99(), p.max());
	}

	static void write(Result r, Path dir) throws IOException {
		Files.createDirectories(dir);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(dir.resolve("report.json"), json.writeValueAsString(r));
		Files.writeString(dir.resolve("report.html"), html(r));
	}

	private static String html(Result r) {
		List<Result.Second> t = r.timeline();
		return """
				<!doctype html><html><head><meta charset="utf-8"><title>orderflow benchmark</title>
				<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}svg{background:#fafafa}
				.a{stroke:#1f77b4}.b{stroke:#ff7f0e}polyline{fill:none;stroke-width:2}text{font-size:12px}</style></head><body>
				<h1>orderflow benchmark</h1>
				<p>%s transport, %s events, %s: %d accepted, %d errors; %.0f accepted/s, <b>%.0f end-to-end orders/s</b>;
				accepted&rarr;both stored p50 %.1f ms, p99 %.1f ms; lost %d, doubled %d.</p>
				<h2>Orders per second</h2><p><span style="color:#1f77b4">accepted</span>,
				<span style="color:#ff7f0e">shipment and invoice stored</span></p>%s
				<h2>Latency from acceptance to both stored (ms), by second of acceptance</h2>
				<p><span style="color:#1f77b4">p50</span>, <span style="color:#ff7f0e">p99</span></p>%s
				<p>Figures in report.json.</p></body></html>
				""".formatted(r.transport(), r.eventFormat(), r.mode(), r.accepted(), r.errors(), r.acceptedPerSecond(),
				r.endToEndPerSecond(), r.toBothMillis().p50(), r.toBothMillis().p99(), r.lost(), r.doubled(),
				plot(t, Result.Second::accepted, Result.Second::completed),
				plot(t, Result.Second::p50BothMillis, Result.Second::p99BothMillis));
	}

	private static String plot(List<Result.Second> timeline, ToDoubleFunction<Result.Second> first,
			ToDoubleFunction<Result.Second> second) {
		int width = 800;
		int height = 240;
		double max = timeline.stream()
			.mapToDouble(s -> Math.max(first.applyAsDouble(s), second.applyAsDouble(s)))
			.max()
			.orElse(1);
		double xStep = timeline.size() > 1 ? (width - 60.0) / (timeline.size() - 1) : 0;
		return "<svg width=\"%d\" height=\"%d\"><text x=\"4\" y=\"14\">%.0f</text><text x=\"4\" y=\"%d\">0</text>"
			.formatted(width, height + 20, max, height)
				+ "<text x=\"%d\" y=\"%d\">%d s</text>".formatted(width - 50, height + 16, timeline.size() - 1)
				+ line(timeline, first, "a", max, xStep, height) + line(timeline, second, "b", max, xStep, height)
				+ "</svg>";
	}

	private static String line(List<Result.Second> timeline, ToDoubleFunction<Result.Second> value, String style,
			double max, double xStep, int height) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < timeline.size(); i++) {
			double y = height - value.applyAsDouble(timeline.get(i)) / Math.max(max, 1e-9) * (height - 20);
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", 40 + i * xStep, y));
		}
		return "<polyline class=\"" + style + "\" points=\"" + points + "\"/>";
	}

}
