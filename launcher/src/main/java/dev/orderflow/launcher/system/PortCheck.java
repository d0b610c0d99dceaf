package dev.orderflow.launcher.system;

import dev.orderflow.launcher.LauncherException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds port problems before anything starts, so that the user gets one clear message instead of a stack trace. */
final class PortCheck {

    /** A port, what uses it, and the option that moves it. */
    record Use(int port, String what, String option) {
    }

    private PortCheck() {
    }

    static void verify(List<Use> uses) throws LauncherException {
        Map<Integer, Use> seen = new HashMap<>();
        for (Use use : uses) {
            Use other = seen.putIfAbsent(use.port(), use);
            if (other != null) {
                throw new LauncherException("Port " + use.port() + " is configured for both " + other.what()
                        + " and " + use.what() + ". Change one with " + use.option() + ".");
            }
        }
        for (Use use : uses) {
            if (!isFree(use.port())) {
                throw new LauncherException("Port " + use.port() + " (" + use.what() + ") is already in use. "
                        + "Stop what uses it, or choose another port with " + use.option() + ".");
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nothing listens on now, not one of {@code avoid}. */
    static int freePort(Set<Integer> avoid) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (!avoid.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("No free port on the loopback interface", e);
            }
        }
        throw new IllegalStateException("No free port on the loopback interface");
    }
}
