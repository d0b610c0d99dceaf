package dev.orderflow.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus}, read as the Prometheus text format: samples by metric name
 * and labels. Tests compare two scrapes to see a metric change.
 */
public final class Prometheus {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final HttpClient http = HttpClient.newHttpClient();

	private final List<Sample> samples;

	private Prometheus(List<Sample> samples) {
		this.samples = samples;
	}

	/** Scrapes e.g. {@code http://127.0.0.1:<port>/shipping/actuator/prometheus}. */
	public static Prometheus scrape(String url) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			return parse(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(url + " could not be scraped", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Prometheus parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			Matcher sample = SAMPLE.matcher(line);
			if (line.startsWith("#") || !sample.find()) {
				continue;
			}
			Map<String, String> labels = new LinkedHashMap<>();
			if (sample.group(3) != null) {
				Matcher label = LABEL.matcher(sample.group(3));
				while (label.find()) {
					labels.put(label.group(1), label.group(2));
				}
			}
			samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
		}
		return new Prometheus(samples);
	}

	/** The sum of the samples of this name that have (at least) these labels; empty if there is none. */
	public OptionalDouble value(String name, Map<String, String> labels) {
		List<Sample> matching = samples.stream()
			.filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
			.toList();
		return matching.isEmpty() ? OptionalDouble.empty()
				: OptionalDouble.of(matching.stream().mapToDouble(Sample::value).sum());
	}

	/** Like {@link #value(String, Map)}, 0 if there is no such sample (a counter not incremented yet). */
	public double valueOrZero(String name, Map<String, String> labels) {
		return value(name, labels).orElse(0);
	}

	public List<Sample> samples(String name) {
		return samples.stream().filter(s -> s.name().equals(name)).toList();
	}

	/** Every metric name in the scrape, as the Prometheus server would store it. */
	public List<String> names() {
		return samples.stream().map(Sample::name).distinct().toList();
	}

	public record Sample(String name, Map<String, String> labels, double value) {
	}

}
