package dev.orderflow.launcher.system;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Stands in for InfrastructureMain in tests: holds the port, announces READY, stops on SIGTERM. */
public final class FakeInfrastructure {

    private FakeInfrastructure() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        int port = Integer.parseInt(arguments.get(arguments.indexOf("--port") + 1));
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(args[0] + " shutting down")));
            System.out.println("READY " + ("kafka".equals(args[0])
                    ? "127.0.0.1:" + port : "jdbc:postgresql://127.0.0.1:" + port + "/orderflow"));
            new CountDownLatch(1).await();
        }
    }
}
