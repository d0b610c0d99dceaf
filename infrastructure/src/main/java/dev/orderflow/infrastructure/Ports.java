package dev.orderflow.infrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns requested ports into real, currently free ports on the loopback address.
 *
 * <p>Both servers need concrete port numbers in their configuration, and both report a taken port
 * in ways that are hard to recognise (Kafka deep inside a startup stack trace, PostgreSQL in pg_ctl
 * output), so the ports are checked here first and a taken one is named plainly.
 */
final class Ports {

    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /**
     * Resolves each requested port: 0 becomes a free port, anything else must be free now.
     * All probe sockets stay open until every port is resolved, so two zeros never yield the same port.
     */
    static int[] resolve(String server, int... requested) {
        int[] resolved = new int[requested.length];
        List<ServerSocket> probes = new ArrayList<>();
        try {
            for (int i = 0; i < requested.length; i++) {
                int port = requested[i];
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException(server + " port out of range: " + port);
                }
                ServerSocket probe = bind(server, port);
                probes.add(probe);
                resolved[i] = probe.getLocalPort();
            }
        } finally {
            probes.forEach(Ports::closeQuietly);
        }
        return resolved;
    }

    private static ServerSocket bind(String server, int port) {
        try {
            ServerSocket socket = new ServerSocket();
            try {
                socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                throw new IllegalStateException(
                        server + " cannot use port " + port + " on " + HOST + ": it is already in use", e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot probe port " + port + " for " + server, e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // a probe socket that will not close has nothing left to tell us
        }
    }
}
