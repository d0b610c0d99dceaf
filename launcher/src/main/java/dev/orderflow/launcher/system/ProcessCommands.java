package dev.orderflow.launcher.system;

import java.util.List;

/** The command lines of the child processes; tests replace the real ones with small stand-ins. */
public interface ProcessCommands {

    /**
     * The Kafka broker or PostgreSQL server.
     *
     * @param kind {@code kafka} or {@code postgres}
     * @param arguments e.g. {@code --port 19092 --controller-port 19093 --dir data/kafka}
     */
    List<String> infrastructure(String kind, List<String> arguments);

    /** One instance of a service; its port and connections come through the environment. */
    List<String> service(String service);
}
