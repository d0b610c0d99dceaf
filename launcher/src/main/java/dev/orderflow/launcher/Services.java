package dev.orderflow.launcher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The processes orderflow knows by name, with their default ports and public API paths. */
public final class Services {

    public static final String KAFKA = "kafka";
    public static final String POSTGRES = "postgres";
    /** The name under which the launcher itself (entry point and supervisor) logs. */
    public static final String GATEWAY = "gateway";

    /** The services in start and display order. Each one's servlet context path is its name. */
    public static final List<String> NAMES = List.of("order", "shipping", "invoicing", "bonus");

    /**
     * Services that {@code up} starts only when asked ({@code --with bonus} or {@code --scale bonus=N}), and that
     * {@code start} adds to a running system: the bonus service joins late, reading the order history from its start.
     */
    public static final List<String> OPTIONAL = List.of("bonus");

    /** Services that read the Kafka topic only; they cannot run with {@code --transport atom}. */
    public static final List<String> KAFKA_ONLY = List.of("bonus");

    public static final int DEFAULT_GATEWAY_PORT = 8080;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_POSTGRES_PORT = 15432;

    /** Human-readable title to API path, as printed after start-up and on the entry page. */
    public static final Map<String, String> API_PATHS = apiPaths();

    /** The API of an optional service, printed while it runs. */
    public static final Map<String, String> OPTIONAL_API_PATHS = Map.of("Bonus points", "/bonus/api/points");

    private Services() {
    }

    public static boolean isService(String name) {
        return NAMES.contains(name);
    }

    public static int defaultPort(String service) {
        return 8081 + NAMES.indexOf(service);
    }

    /** How many instances {@code up} starts when {@code --scale} and {@code --with} do not say. */
    public static int defaultScale(String service) {
        return OPTIONAL.contains(service) ? 0 : 1;
    }

    private static Map<String, String> apiPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("Orders", "/order/api/orders");
        paths.put("Customers", "/order/api/customers");
        paths.put("Items", "/order/api/items");
        paths.put("Shipments", "/shipping/api/shipments");
        paths.put("Invoices", "/invoicing/api/invoices");
        paths.put("Order feed", "/order/feed");
        return Collections.unmodifiableMap(paths);
    }
}
