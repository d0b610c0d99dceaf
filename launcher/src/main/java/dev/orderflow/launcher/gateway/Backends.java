package dev.orderflow.launcher.gateway;

import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.ResponseCodeHandler;
import io.undertow.server.handlers.proxy.LoadBalancingProxyClient;
import io.undertow.server.handlers.proxy.ProxyHandler;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/** The ready instances of one service, behind Undertow's load-balancing reverse proxy (round robin). */
final class Backends {

    private final LoadBalancingProxyClient client = new LoadBalancingProxyClient()
            .setConnectionsPerThread(32)
            // When every connection is busy a request waits for one instead of failing at once with 503.
            .setMaxQueueSize(4096)
            // Below the services' keep-alive timeout, so that we do not reuse a connection they closed.
            .setTtl(10_000)
            .setProblemServerRetry(5);
    private final HttpHandler proxy = ProxyHandler.builder()
            .setProxyClient(client)
            .setNext(ResponseCodeHandler.HANDLE_404)
            // Keep the client's Host; add X-Forwarded-For/-Host/-Port/-Proto of the original request.
            .setRewriteHostHeader(false)
            .setReuseXForwarded(false)
            .setMaxConnectionRetries(1)
            .build();
    private final Set<URI> hosts = new LinkedHashSet<>();

    HttpHandler proxy() {
        return proxy;
    }

    synchronized void add(URI host) {
        if (hosts.add(host)) {
            client.addHost(host);
        }
    }

    synchronized void remove(URI host) {
        if (hosts.remove(host)) {
            client.removeHost(host);
        }
    }

    synchronized int size() {
        return hosts.size();
    }
}
