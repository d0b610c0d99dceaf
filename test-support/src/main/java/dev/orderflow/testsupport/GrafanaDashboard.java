package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics {@code deploy/grafana/orderflow-dashboard.json} queries of one service: every selector
 * {@code name{...}} in a query whose {@code application} matcher names the service. A service's integration test
 * compares them with its live scrape; {@code deploy-check} checks the dashboard's shape.
 */
public final class GrafanaDashboard {

	public static final Path FILE = Path.of("../deploy/grafana/orderflow-dashboard.json");

	private static final Pattern EXPR = Pattern.compile("\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\}");

	private static final Pattern APPLICATION = Pattern.compile("application=~?\\\\\"([^\\\\]*)\\\\\"");

	private GrafanaDashboard() {
	}

	public static Set<String> metricsOf(String service) {
		Set<String> names = new TreeSet<>();
		Matcher expr = EXPR.matcher(read());
		while (expr.find()) {
			Matcher selector = SELECTOR.matcher(expr.group(1));
			while (selector.find()) {
				Matcher application = APPLICATION.matcher(selector.group(2));
				if (application.find() && Set.of(application.group(1).split("\\|")).contains(service)) {
					names.add(selector.group(1));
				}
			}
		}
		return names;
	}

	private static String read() {
		try {
			return Files.readString(FILE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
