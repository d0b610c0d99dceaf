package dev.orderflow.launcher.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a Spring Boot service in tests: serves {@code /<service>/actuator/health/readiness}
 * {@code /<service>/whoami} (the instance name and what it was told about Kafka and the database, credentials
 * included) and
 * {@code /<service>/transport} (what it was told about the transport) and {@code /<service>/kafka-login} (its Kafka
 * security settings).
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String service = args[0];
        if (args.length > 1 && args[1].equals("fail")) {
            System.out.println("cannot start " + service);
            System.exit(3);
        }
        String instance = System.getenv("ORDERFLOW_INSTANCE");
        String whoami = instance + " kafka=" + System.getenv("KAFKA_BOOTSTRAP_SERVERS")
                + " db=" + System.getenv("DATABASE_URL") + " user=" + System.getenv("DATABASE_USERNAME")
                + " password=" + System.getenv("DATABASE_PASSWORD");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/" + service + "/actuator/health/readiness", exchange -> send(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/" + service + "/whoami", exchange -> send(exchange, whoami));
        String transport = "transport=" + System.getenv("ORDERFLOW_TRANSPORT") + " feed=" + System.getenv("ORDER_FEED_URL")
                + " kafka=" + System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        server.createContext("/" + service + "/transport", exchange -> send(exchange, transport));
        String kafkaLogin = System.getenv("SPRING_KAFKA_SECURITY_PROTOCOL") + " "
                + System.getenv("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM") + " "
                + System.getenv("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE") + " "
                + System.getenv("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION") + " "
                + System.getenv("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
        server.createContext("/" + service + "/kafka-login", exchange -> send(exchange, kafkaLogin));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(instance + " shutting down")));
        System.out.println("started " + whoami);
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
