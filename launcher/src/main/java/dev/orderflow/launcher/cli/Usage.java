package dev.orderflow.launcher.cli;

/** The text printed by {@code orderflow}, {@code orderflow help} and {@code orderflow --help}. */
public final class Usage {

    public static final String TEXT = """
            Usage: ./orderflow <command> [options]

            Runs orderflow on this machine: a Kafka broker, a PostgreSQL database, the order,
            shipping and invoicing services, and one entry point on http://localhost:8080/.
            The bonus service starts only when asked (--with bonus, or start bonus later).

            Commands:
              up                  Start everything and show the logs; Ctrl-C stops it all
              up -d               Start everything in the background; returns once it is ready
              down                Stop a running orderflow (started with or without -d)
              status [--json]     List the processes (name, PID, port, health), the Kafka
                                  bootstrap address, the JDBC URL and the dead-letter pages
                                  with the admin password (made up once per data directory,
                                  kept in <data>/admin-password)
              stop NAME...        Stop a service (all its instances), one instance (shipping-2),
                                  kafka or postgres; the rest keeps running
              start NAME...       Start them again: a service with as many instances as before,
                                  or as many as --scale SERVICE=N says; start bonus adds the
                                  bonus service to a running orderflow (it reads the whole
                                  order history from the beginning)
              logs [-f] [NAME...] Show the end of the logs in <data>/logs; -f keeps following
              topic NAME          Print every record still on a topic (partition, offset, key,
                                  value), e.g. topic order-state before and after compaction
              replay SERVICE...   Rebuild a consumer's data (shipping, invoicing) from the order
                                  topic: stop it, move its group to the start, clear its tables,
                                  start it, wait until it caught up; exit 1 if the data differs
                                  from before (transport kafka only; --timeout bounds each wait)
              bench [options]     Measure orders/s, latency, CPU and memory (bench --help; docs/performance.md)
              help                Show this text

            Options:
              --data DIR                 Data, logs and run state (default ./data). Give the same
                                         DIR to every command that should reach that orderflow.
              --scale SERVICE=N          Instances of a service (default 1, bonus 0), e.g. --scale shipping=2
              --with bonus               Start the bonus service too (Kafka transport only)
              --port SERVICE=PORT        Port of a service's first instance (order=8081,
                                         shipping=8082, invoicing=8083, bonus=8084); more instances
                                         get free ports
              --gateway-port PORT        Entry point (default 8080)
              --kafka-port PORT          Kafka broker (default 19092)
              --kafka-controller-port P  Kafka's KRaft controller (default: Kafka port + 1)
              --brokers 1|3              Kafka brokers (default 1); 3 starts a local cluster, one
                                         process each (kafka-1..3, ports +2 per broker), with the
                                         order topic at 3 replicas and min.insync.replicas=2
              --secure                   Kafka with TLS and SCRAM-SHA-512 logins only, one user per
                                         service, with ACLs (certificates and passwords in the data
                                         directory; brokers' logs in kafka-secure*)
              --postgres-port PORT       PostgreSQL (default 15432)
              --timeout SECONDS          How long a process may take to become ready (default 120)
              --transport kafka|atom     How shipping and invoicing receive orders: from Kafka
                                         (default), or by polling the order service's Atom feed,
                                         in which case no Kafka broker is started
              --event-format json|avro   How the order service writes events to Kafka (default
                                         json); consumers read both, record by record
              --event-schema-version N   Avro writer schema contracts/avro/order-created.vN.avsc
                                         (default 2, the newest)
              --no-build                 Do not build missing or outdated jars first (script only)

            Environment:
              KAFKA_BOOTSTRAP_SERVERS    Use this Kafka instead of starting a broker
              DATABASE_URL               Use this database (a JDBC URL) instead of starting PostgreSQL,
                                         with DATABASE_USERNAME and DATABASE_PASSWORD
              ORDERFLOW_DB_PASSWORD_<ROLE> Password of a service's database role (ORDERING, SHIPPING,
                                         INVOICING); default: made up in <data>/database-passwords/
              ORDERFLOW_JAVA_OPTS        JVM options of each service instance
                                         (default: -Xms64m -Xmx192m -XX:+UseSerialGC
                                         -XX:TieredStopAtLevel=1)
              NO_COLOR                   Do not color the log prefixes

            Exit status: 0 on success; 1 on failure, and for status, stop and start when orderflow
            is not running; 2 when the command line is wrong.
            """;

    private Usage() {
    }
}
