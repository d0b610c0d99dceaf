package dev.orderflow.launcher.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to the control API of the orderflow recorded in a state file. */
public final class ControlClient {

    /** A reply of the control API. */
    public record Reply(int status, String body) {

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final int port;

    public ControlClient(int port) {
        this.port = port;
    }

    public RunState status() throws IOException {
        Reply reply = send(HttpRequest.newBuilder(uri("/status", Map.of())).GET(), Duration.ofSeconds(5));
        if (!reply.ok()) {
            throw new IOException("status answered " + reply.status());
        }
        return RunState.JSON.readValue(reply.body(), RunState.class);
    }

    public Reply post(String path, Map<String, String> params, Duration timeout) throws IOException {
        return send(HttpRequest.newBuilder(uri(path, params)).POST(HttpRequest.BodyPublishers.noBody()), timeout);
    }

    private Reply send(HttpRequest.Builder request, Duration timeout) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private URI uri(String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create("http://127.0.0.1:" + port + path + (query.isEmpty() ? "" : "?" + query));
    }
}
