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
    public static final List<String> NAMES = List.of("order", "shipping", "invoicing");

    public static final int DEFAULT_GATEWAY_PORT = 8080;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_POSTGRES_PORT = 15432;

    /** Human-readable title to API path, as printed after start-up and on the entry page. */
    public static final Map<String, String> API_PATHS = apiPaths();

    private Services() {
    }

    public static boolean isService(String name) {
        return NAMES.contains(name);
    }

    public static int defaultPort(String service) {
        return 8081 + NAMES.indexOf(service);
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
