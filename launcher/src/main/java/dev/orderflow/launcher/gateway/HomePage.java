package dev.orderflow.launcher.gateway;

import dev.orderflow.launcher.Services;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The page on {@code /}: what orderflow is, a live picture of the flow (its script asks the services' APIs through
 * this origin), and which services are running with links to their pages and APIs.
 */
final class HomePage {

    private static final String TEMPLATE = read("home.html");

    private HomePage() {
    }

    static String render(ToIntFunction<String> readyInstances) {
        StringBuilder services = new StringBuilder();
        for (String service : Services.NAMES) {
            int ready = readyInstances.applyAsInt(service);
            String notRunning = Services.OPTIONAL.contains(service)
                    ? "not started (it joins late: <code>./orderflow start " + service + "</code>)" : "not running";
            services.append("        <li><a href=\"/").append(service).append("/\">").append(service).append("</a>: ")
                    .append(ready == 0 ? notRunning : ready + (ready == 1 ? " instance" : " instances") + " ready")
                    .append(" (<a href=\"/").append(service).append("/actuator/health\">health</a>)</li>\n");
        }
        StringBuilder apis = new StringBuilder();
        Map<String, String> paths = new LinkedHashMap<>(Services.API_PATHS);
        paths.putAll(Services.OPTIONAL_API_PATHS);
        for (Map.Entry<String, String> api : paths.entrySet()) {
            apis.append("        <li>").append(api.getKey()).append(": <a href=\"").append(api.getValue()).append("\">")
                    .append(api.getValue()).append("</a></li>\n");
        }
        return TEMPLATE.replace("<!-- services -->\n", services).replace("<!-- apis -->\n", apis);
    }

    private static String read(String name) {
        try (InputStream in = HomePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the launcher jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
