package dev.orderflow.launcher.gateway;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The home page's own files: {@code /assets/*} from the web-assets jar (the stylesheet and script every page uses, as
 * each service serves them under its own path) and {@code /home.js}. Served from the classpath, so the home page
 * looks right even when no service runs, and needs no internet.
 */
final class StaticFiles {

    private static final Pattern ASSET = Pattern.compile("/assets/[a-z0-9-]+\\.(css|js|png|svg)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "png", "image/png", "svg", "image/svg+xml");

    private StaticFiles() {
    }

    /** Sends the file if the path names one, and says whether it did. */
    static boolean serve(HttpServerExchange exchange) throws IOException {
        String path = exchange.getRequestPath();
        String resource;
        if (path.equals("/home.js")) {
            resource = "dev/orderflow/launcher/gateway/home.js";
        } else if (ASSET.matcher(path).matches()) {
            resource = "META-INF/resources" + path;
        } else {
            return false;
        }
        byte[] content;
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            content = in.readAllBytes();
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, TYPES.get(path.substring(path.lastIndexOf('.') + 1)));
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseSender().send(ByteBuffer.wrap(content));
        return true;
    }
}
