package dev.orderflow.launcher.gateway;

import dev.orderflow.launcher.Services;
import java.util.Map;
import java.util.function.ToIntFunction;

/** A plain page on {@code /} that lists the services and their APIs; a real home page comes later. */
final class HomePage {

    private HomePage() {
    }

    static String render(ToIntFunction<String> readyInstances) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>orderflow</title></head>
                <body>
                <h1>orderflow</h1>
                <p>Order, shipping and invoicing services, talking to each other over Kafka.</p>
                <h2>Services</h2>
                <ul>
                """);
        for (String service : Services.NAMES) {
            int ready = readyInstances.applyAsInt(service);
            html.append("<li><code>/").append(service).append("/</code>: ")
                    .append(ready == 0 ? "not running" : ready + (ready == 1 ? " instance" : " instances") + " ready")
                    .append(" (<a href=\"/").append(service).append("/actuator/health\">health</a>)</li>\n");
        }
        html.append("</ul>\n<h2>APIs</h2>\n<ul>\n");
        for (Map.Entry<String, String> api : Services.API_PATHS.entrySet()) {
            html.append("<li>").append(api.getKey()).append(": <a href=\"").append(api.getValue()).append("\">")
                    .append(api.getValue()).append("</a></li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }
}
