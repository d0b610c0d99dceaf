package dev.orderflow.launcher.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.orderflow.launcher.LauncherException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<HttpServer> backends = new ArrayList<>();
    /** What each backend saw last, by its name: path, Host and X-Forwarded-* headers. */
    private final Map<String, Map<String, String>> seen = new ConcurrentHashMap<>();
    private Gateway gateway;

    @BeforeEach
    void startGateway() throws Exception {
        gateway = new Gateway(freePort(), List.of("order", "shipping", "invoicing"));
        gateway.start();
    }

    @AfterEach
    void stopEverything() {
        gateway.close();
        backends.forEach(server -> server.stop(0));
    }

    @Test
    void requestsToAScaledServiceGoToItsInstancesInTurn() throws Exception {
        gateway.add("shipping", backend("shipping-1"));
        gateway.add("shipping", backend("shipping-2"));

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(get("/shipping/x").body());
        }

        assertThat(answers).containsOnly("shipping-1", "shipping-2");
        assertThat(answers.get(0)).isNotEqualTo(answers.get(1));
        assertThat(answers.get(1)).isNotEqualTo(answers.get(2));
        assertThat(answers.get(2)).isNotEqualTo(answers.get(3));
    }

    @Test
    void thePathIsForwardedUnchangedWithForwardedHeaders() throws Exception {
        gateway.add("order", backend("order-1"));

        HttpResponse<String> response = get("/order/api/orders?page=2");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> request = seen.get("order-1");
        assertThat(request.get("path")).isEqualTo("/order/api/orders?page=2");
        assertThat(request.get("host")).isEqualTo("localhost:" + gateway.port());
        assertThat(request.get("x-forwarded-host")).isEqualTo("localhost");
        assertThat(request.get("x-forwarded-port")).isEqualTo(String.valueOf(gateway.port()));
        assertThat(request.get("x-forwarded-proto")).isEqualTo("http");
        assertThat(request.get("x-forwarded-for")).isEqualTo("127.0.0.1");
    }

    @Test
    void aServiceWithoutARunningInstanceAnswers503WithAShortMessage() throws Exception {
        HttpResponse<String> response = get("/invoicing/api/invoices");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("No running instance of invoicing", "./orderflow start invoicing");
    }

    @Test
    void aRemovedInstanceGetsNoMoreRequests() throws Exception {
        int first = backend("shipping-1");
        int second = backend("shipping-2");
        gateway.add("shipping", first);
        gateway.add("shipping", second);

        gateway.remove("shipping", first);

        assertThat(gateway.instances("shipping")).isOne();
        for (int i = 0; i < 3; i++) {
            assertThat(get("/shipping/x").body()).isEqualTo("shipping-2");
        }
        gateway.remove("shipping", second);
        assertThat(get("/shipping/x").statusCode()).isEqualTo(503);
    }

    @Test
    void theHomePageExplainsTheSystemAndListsTheServicesTheirPagesAndApis() throws Exception {
        gateway.add("order", backend("order-1"));

        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("/order/api/orders", "/order/api/customers", "/order/api/items",
                "/shipping/api/shipments", "/invoicing/api/invoices", "1 instance ready", "not running",
                "href=\"/order/orders/new\"", "href=\"/order/pipeline\"", "id=\"count-orders\"",
                "<script src=\"/home.js\"></script>", "<link rel=\"stylesheet\" href=\"/assets/orderflow.css\">");
        assertThat(response.body()).doesNotContain("<!-- services -->", "<!-- apis -->");
    }

    @Test
    void theHomePagesStylesheetAndScriptsComeFromTheEntryPointItself() throws Exception {
        HttpResponse<String> css = get("/assets/orderflow.css");
        HttpResponse<String> shared = get("/assets/orderflow.js");
        HttpResponse<String> home = get("/home.js");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).contains("header.site");
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("const orderflow");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(home.body()).contains("/order/api/pipeline");
    }

    @Test
    void onlyTheAssetsThemselvesAreServedFromTheClasspath() throws Exception {
        assertThat(get("/assets/missing.css").statusCode()).isEqualTo(404);
        assertThat(get("/assets/logback.xml").statusCode()).isEqualTo(404);
        assertThat(get("/assets/..%2Flogback.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertThat(get("/billing/x").statusCode()).isEqualTo(404);
    }

    @Test
    void aTakenPortIsReportedWithTheOptionThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Gateway second = new Gateway(taken.getLocalPort(), List.of("order"));

            assertThatThrownBy(second::start)
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("--gateway-port");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A tiny HTTP server that answers with its name and remembers what it was sent. */
    private int backend(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> request = new ConcurrentHashMap<>();
            request.put("path", exchange.getRequestURI().toString());
            exchange.getRequestHeaders().forEach((header, values) -> request.put(header.toLowerCase(), values.get(0)));
            seen.put(name, request);
            byte[] body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        backends.add(server);
        return server.getAddress().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
