package dev.orderflow.launcher.gateway;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends {@code /<service>/...} unchanged to that service (each service uses its name as context
 * path, so no rewriting is needed), and serves the home page on {@code /} with its files.
 */
final class Router implements HttpHandler {

    private final Map<String, Backends> services;
    private final Supplier<String> homePage;

    Router(Map<String, Backends> services, Supplier<String> homePage) {
        this.services = services;
        this.homePage = homePage;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        String service = firstSegment(path);
        Backends backends = services.get(service);
        if (backends != null && backends.size() > 0) {
            backends.proxy().handleRequest(exchange);
        } else if (backends != null) {
            text(exchange, StatusCodes.SERVICE_UNAVAILABLE, "No running instance of " + service
                    + ". Start it with: ./orderflow start " + service + "\n");
        } else if (path.equals("/") || path.isEmpty()) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
            exchange.getResponseSender().send(homePage.get());
        } else if (exchange.isInIoThread()) {
            // Reading a file from the jar blocks, so it happens on a worker thread.
            exchange.dispatch(this);
        } else if (!StaticFiles.serve(exchange)) {
            text(exchange, StatusCodes.NOT_FOUND, "Nothing here. Services live under /"
                    + String.join("/, /", services.keySet()) + "/; see / for the list.\n");
        }
    }

    static String firstSegment(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return path.substring(start, end < 0 ? path.length() : end);
    }

    private static void text(HttpServerExchange exchange, int status, String message) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseSender().send(message);
    }
}
