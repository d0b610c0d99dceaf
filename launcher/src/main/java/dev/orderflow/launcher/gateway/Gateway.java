package dev.orderflow.launcher.gateway;

import dev.orderflow.launcher.LauncherException;
import io.undertow.Undertow;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single entry point on {@code http://localhost:<port>/}, bound to 127.0.0.1. Instances are
 * added once they are ready and removed when they stop or fail, so a service without a ready
 * instance answers 503 right away.
 */
public final class Gateway implements AutoCloseable {

    private final int port;
    private final Map<String, Backends> services = new LinkedHashMap<>();
    private Undertow server;

    public Gateway(int port, List<String> serviceNames) {
        this.port = port;
        serviceNames.forEach(name -> services.put(name, new Backends()));
    }

    public void start() throws LauncherException {
        Undertow undertow = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                // The proxy is non-blocking; a few threads are plenty on a laptop and keep memory low.
                .setIoThreads(2)
                .setWorkerThreads(4)
                .setHandler(new Router(services, () -> HomePage.render(this::instances)))
                .build();
        try {
            undertow.start();
        } catch (RuntimeException e) {
            stopQuietly(undertow);
            throw new LauncherException("Could not open the entry point on port " + port + " (" + rootCause(e)
                    + "). Choose another port with --gateway-port.", e);
        }
        server = undertow;
    }

    public int port() {
        return port;
    }

    public void add(String service, int instancePort) {
        services.get(service).add(target(instancePort));
    }

    public void remove(String service, int instancePort) {
        services.get(service).remove(target(instancePort));
    }

    /** How many instances of the service currently receive requests. */
    public int instances(String service) {
        Backends backends = services.get(service);
        return backends == null ? 0 : backends.size();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static void stopQuietly(Undertow undertow) {
        try {
            undertow.stop();
        } catch (RuntimeException ignored) {
            // it never ran; we only release its threads
        }
    }

    private static URI target(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
