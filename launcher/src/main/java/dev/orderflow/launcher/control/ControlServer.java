package dev.orderflow.launcher.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderflow.launcher.LauncherException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The control API of a running orderflow, on a free loopback port recorded in the state file:
 * {@code GET /status}, {@code POST /stop?name=}, {@code POST /start?name=&count=}, {@code POST /down}.
 */
public final class ControlServer {

    /** What the control API can ask of the running system. */
    public interface Controller {

        RunState snapshot();

        /** Stops a service, an instance, kafka or postgres; returns what was done. */
        String stop(String name) throws LauncherException;

        /** Starts them and waits until they are ready; {@code count} may be {@code null}. */
        String start(String name, Integer count) throws LauncherException;

        /** Begins stopping everything; returns at once. */
        void down();
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private ControlServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static ControlServer start(Controller controller) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Requests can wait minutes (start waits for readiness), so each one gets its own thread.
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "orderflow-control");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/status",
                exchange -> respond(exchange, 200, RunState.JSON.writeValueAsString(controller.snapshot())));
        server.createContext("/stop", exchange -> command(exchange, () -> controller.stop(param(exchange, "name"))));
        server.createContext("/start", exchange -> command(exchange, () -> {
            String count = param(exchange, "count");
            return controller.start(param(exchange, "name"), count == null ? null : Integer.valueOf(count));
        }));
        server.createContext("/down", exchange -> {
            respond(exchange, 202, "Stopping orderflow");
            controller.down();
        });
        server.start();
        return new ControlServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private interface Action {
        String run() throws LauncherException;
    }

    private static void command(HttpExchange exchange, Action action) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "Use POST");
            return;
        }
        try {
            respond(exchange, 200, action.run());
        } catch (LauncherException | RuntimeException e) {
            respond(exchange, 409, String.valueOf(e.getMessage()));
        }
    }

    private static String param(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                params.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return params.get(name);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                body.startsWith("{") ? "application/json" : "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
