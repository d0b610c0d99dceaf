package dev.orderflow.launcher.cli;

import dev.orderflow.launcher.Services;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns {@code orderflow} arguments into {@link Options}; options may come before or after the command. */
public final class OptionParser {

    /** Marks the background launcher started by {@code up -d}; not for users. */
    public static final String INTERNAL_CHILD = "--internal-child";

    /** What {@code --transport} accepts; the first is the default. */
    public static final List<String> TRANSPORTS = List.of("kafka", "atom");

    /** What {@code --event-format} accepts. */
    public static final List<String> EVENT_FORMATS = List.of("json", "avro");

    private final List<String> arguments;
    private int next;
    private Command command;
    private final List<String> names = new ArrayList<>();
    private Path dataDir = Path.of("data");
    private int gatewayPort = Services.DEFAULT_GATEWAY_PORT;
    private int kafkaPort = Services.DEFAULT_KAFKA_PORT;
    private Integer kafkaControllerPort;
    private int postgresPort = Services.DEFAULT_POSTGRES_PORT;
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private final Map<String, Integer> scale = new LinkedHashMap<>();
    private final List<String> with = new ArrayList<>();
    private Duration timeout = Duration.ofSeconds(120);
    private String transport = TRANSPORTS.get(0);
    private String eventFormat;
    private Integer eventSchemaVersion;
    private boolean detach;
    private boolean follow;
    private boolean json;
    private boolean internalChild;
    private int brokers = 1;
    private boolean secure;

    private OptionParser(List<String> arguments) {
        this.arguments = arguments;
        Services.NAMES.forEach(service -> servicePorts.put(service, Services.defaultPort(service)));
    }

    public static Options parse(String... arguments) throws UsageException {
        return new OptionParser(List.of(arguments)).parse();
    }

    private Options parse() throws UsageException {
        while (next < arguments.size()) {
            String argument = arguments.get(next++);
            if (argument.startsWith("-")) {
                option(argument);
            } else if (command == null) {
                command = Command.named(argument)
                        .orElseThrow(() -> new UsageException("unknown command '" + argument + "'"));
            } else {
                names.add(argument);
            }
        }
        if (command == null) {
            command = Command.HELP;
        }
        checkNames();
        // --scale says how many; --with alone means one.
        with.forEach(service -> scale.putIfAbsent(service, 1));
        checkKafkaOnly();
        int controllerPort = kafkaControllerPort != null ? kafkaControllerPort : kafkaPort + 1;
        return new Options(command, List.copyOf(names), dataDir, gatewayPort, kafkaPort, controllerPort,
                postgresPort, Map.copyOf(servicePorts), Map.copyOf(scale), timeout, transport, eventFormat,
                eventSchemaVersion, detach, follow, json,
                internalChild, arguments, brokers, secure);
    }

    private void option(String argument) throws UsageException {
        int equals = argument.indexOf('=');
        String name = argument.startsWith("--") && equals > 0 ? argument.substring(0, equals) : argument;
        String inlineValue = name.equals(argument) ? null : argument.substring(equals + 1);
        switch (name) {
            case "-h", "--help" -> command = Command.HELP;
            case "-d", "--detach" -> detach = true;
            case "-f", "--follow" -> follow = true;
            case "--json" -> json = true;
            case INTERNAL_CHILD -> internalChild = true;
            case "--data" -> dataDir = Path.of(value(name, inlineValue));
            case "--gateway-port" -> gatewayPort = port(name, value(name, inlineValue));
            case "--kafka-port" -> kafkaPort = port(name, value(name, inlineValue));
            case "--kafka-controller-port" -> kafkaControllerPort = port(name, value(name, inlineValue));
            case "--postgres-port" -> postgresPort = port(name, value(name, inlineValue));
            case "--timeout" -> timeout = Duration.ofSeconds(number(name, value(name, inlineValue), 1, 3600));
            case "--transport" -> transport = transport(value(name, inlineValue));
            case "--event-format" -> eventFormat = eventFormat(value(name, inlineValue));
            case "--event-schema-version" -> eventSchemaVersion = number(name, value(name, inlineValue), 1, 99);
            case "--port" -> perService(name, value(name, inlineValue), servicePorts, 1, 65535);
            case "--scale" -> perService(name, value(name, inlineValue), scale, 0, 16);
            case "--with" -> with.add(optionalService(value(name, inlineValue)));
            case "--brokers" -> brokers = brokers(value(name, inlineValue));
            case "--secure" -> secure = true;
            default -> throw new UsageException("unknown option '" + argument + "'");
        }
    }

    private String value(String option, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (next >= arguments.size() || arguments.get(next).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(next++);
    }

    /** Parses {@code SERVICE=N} for options such as {@code --scale shipping=2}. */
    private static void perService(String option, String value, Map<String, Integer> target, int min, int max)
            throws UsageException {
        int equals = value.indexOf('=');
        if (equals <= 0) {
            throw new UsageException(option + " expects SERVICE=NUMBER, e.g. " + option + " shipping=2, not '" + value + "'");
        }
        String service = value.substring(0, equals);
        if (!Services.isService(service)) {
            throw new UsageException(option + ": unknown service '" + service + "' (known: "
                    + String.join(", ", Services.NAMES) + ")");
        }
        target.put(service, number(option, value.substring(equals + 1), min, max));
    }

    private static String optionalService(String value) throws UsageException {
        if (!Services.OPTIONAL.contains(value)) {
            throw new UsageException("--with adds a service that is not started by default ("
                    + String.join(", ", Services.OPTIONAL) + "), not '" + value + "'");
        }
        return value;
    }

    private void checkKafkaOnly() throws UsageException {
        if (secure && !"kafka".equals(transport)) {
            throw new UsageException("--secure secures Kafka, which --transport " + transport + " does not use");
        }
        for (String service : Services.KAFKA_ONLY) {
            if (!"kafka".equals(transport) && scale.getOrDefault(service, 0) > 0) {
                throw new UsageException(service + " reads the Kafka topic only; it cannot run with --transport "
                        + transport);
            }
        }
    }

    /** One broker, or a cluster of three: the smallest in which any one may die while min.insync.replicas=2 holds. */
    private static int brokers(String value) throws UsageException {
        if (!value.equals("1") && !value.equals("3")) {
            throw new UsageException("--brokers expects 1 or 3, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static String transport(String value) throws UsageException {
        if (!TRANSPORTS.contains(value)) {
            throw new UsageException("--transport expects " + String.join(" or ", TRANSPORTS) + ", not '" + value + "'");
        }
        return value;
    }

    private static String eventFormat(String value) throws UsageException {
        if (!EVENT_FORMATS.contains(value)) {
            throw new UsageException("--event-format expects " + String.join(" or ", EVENT_FORMATS) + ", not '"
                    + value + "'");
        }
        return value;
    }

    private static int port(String option, String value) throws UsageException {
        return number(option, value, 1, 65535);
    }

    private static int number(String option, String value, int min, int max) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        throw new UsageException(option + " expects a number from " + min + " to " + max + ", not '" + value + "'");
    }

    private void checkNames() throws UsageException {
        boolean takesNames = command == Command.STOP || command == Command.START || command == Command.LOGS
                || command == Command.TOPIC || command == Command.REPLAY;
        if (!takesNames && !names.isEmpty()) {
            throw new UsageException("'" + command.displayName() + "' takes no arguments, but got '"
                    + String.join(" ", names) + "'");
        }
        if ((command == Command.STOP || command == Command.START) && names.isEmpty()) {
            throw new UsageException("'" + command.displayName() + "' needs what to " + command.displayName()
                    + ", e.g. ./orderflow " + command.displayName() + " shipping");
        }
        if (command == Command.TOPIC && names.size() != 1) {
            throw new UsageException("'topic' needs one topic name, e.g. ./orderflow topic order-state");
        }
        if (command == Command.REPLAY && names.isEmpty()) {
            throw new UsageException("'replay' needs the service to rebuild, e.g. ./orderflow replay shipping");
        }
        if (detach && command != Command.UP) {
            throw new UsageException("-d only applies to 'up'");
        }
    }
}
