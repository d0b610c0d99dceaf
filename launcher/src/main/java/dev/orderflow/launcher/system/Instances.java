package dev.orderflow.launcher.system;

import dev.orderflow.launcher.LauncherException;
import dev.orderflow.launcher.Services;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** All instance places by name, and the decisions about which ones a command affects. Thread-safe. */
final class Instances {

    private static final Pattern INSTANCE_NAME = Pattern.compile("(" + String.join("|", Services.NAMES) + ")-(\\d{1,2})");

    private final Settings settings;
    private final Map<String, Instance> byName = new LinkedHashMap<>();
    private boolean shuttingDown;

    Instances(Settings settings) {
        this.settings = settings;
    }

    /** Returns false when shutdown had already begun. Once begun, nothing new is launched. */
    synchronized boolean beginShutdown() {
        boolean first = !shuttingDown;
        shuttingDown = true;
        return first;
    }

    synchronized boolean shuttingDown() {
        return shuttingDown;
    }

    synchronized List<Instance> createInfrastructure() {
        List<Instance> created = new ArrayList<>();
        if (settings.usesKafka() && settings.externalKafka() == null) {
            for (int number = 1; number <= settings.brokers(); number++) {
                String name = settings.kafkaCluster() ? Services.KAFKA + "-" + number : Services.KAFKA;
                created.add(add(new Instance(name, Services.KAFKA, settings.brokerPort(number))));
            }
        }
        if (settings.externalDatabase() == null) {
            created.add(add(new Instance(Services.POSTGRES, Services.POSTGRES, settings.postgresPort())));
        }
        return created;
    }

    synchronized List<Instance> createServices() {
        List<Instance> created = new ArrayList<>();
        for (String service : Services.NAMES) {
            for (int number = 1; number <= settings.scaleOf(service); number++) {
                created.add(add(Instance.ofService(service, number, portFor(service, number))));
            }
        }
        return created;
    }

    synchronized List<Instance> all() {
        return byName.values().stream().sorted(Instance.DISPLAY_ORDER).toList();
    }

    synchronized List<Instance> services() {
        return all().stream().filter(Instance::isService).toList();
    }

    synchronized List<Instance> group(String group) {
        return all().stream().filter(instance -> instance.group.equals(group)).toList();
    }

    /** What {@code stop NAME} means: all instances of a service, one instance, kafka or postgres. */
    synchronized List<Instance> resolve(String name) throws LauncherException {
        if (Services.KAFKA.equals(name) && !settings.usesKafka()) {
            throw new LauncherException("orderflow runs with --transport atom; there is no Kafka.");
        }
        if (Services.KAFKA.equals(name) && settings.externalKafka() != null) {
            throw new LauncherException("Kafka is external (KAFKA_BOOTSTRAP_SERVERS); orderflow does not manage it.");
        }
        if (Services.POSTGRES.equals(name) && settings.externalDatabase() != null) {
            throw new LauncherException("The database is external (DATABASE_URL); orderflow does not manage it.");
        }
        if (Services.isService(name) || Services.KAFKA.equals(name) || Services.POSTGRES.equals(name)) {
            return group(name);
        }
        Instance instance = byName.get(name);
        if (instance != null) {
            return List.of(instance);
        }
        if (INSTANCE_NAME.matcher(name).matches()) {
            return List.of();
        }
        throw new LauncherException("Unknown name '" + name + "'. Use a service (" + String.join(", ", Services.NAMES)
                + "), an instance such as shipping-1, kafka or postgres.");
    }

    /**
     * What {@code start NAME} should launch: the places that are not running, created as needed (a
     * service gets {@code count} instances, by default as many as it had). They are marked STARTING
     * at once so that a second start does not launch them twice.
     */
    synchronized List<Instance> toStart(String name, Integer count) throws LauncherException {
        if (shuttingDown) {
            throw new LauncherException("orderflow is stopping");
        }
        List<Instance> candidates = new ArrayList<>();
        Matcher instanceName = INSTANCE_NAME.matcher(name);
        String service = instanceName.matches() ? instanceName.group(1) : name;
        if (Services.KAFKA_ONLY.contains(service) && !settings.usesKafka()) {
            throw new LauncherException(service + " reads the Kafka topic only, and this orderflow runs with "
                    + "--transport atom.");
        }
        if (Services.isService(name)) {
            int wanted = count != null ? count : Math.max(group(name).size(), 1);
            for (int number = 1; number <= wanted; number++) {
                candidates.add(place(name, number));
            }
        } else if (instanceName.matches()) {
            candidates.add(place(instanceName.group(1), Integer.parseInt(instanceName.group(2))));
        } else {
            candidates.addAll(resolve(name));
        }
        List<Instance> toStart = new ArrayList<>();
        for (Instance candidate : candidates) {
            if (!candidate.running() && candidate.health != Instance.Health.STARTING) {
                Instance instance = withUsablePort(candidate);
                instance.health = Instance.Health.STARTING;
                instance.note = "starting";
                toStart.add(instance);
            }
        }
        return toStart;
    }

    private Instance place(String service, int number) {
        Instance existing = byName.get(service + "-" + number);
        return existing != null ? existing : add(Instance.ofService(service, number, portFor(service, number)));
    }

    /** Someone may have taken a stopped instance's port meanwhile; extra instances then move to a free one. */
    private Instance withUsablePort(Instance instance) throws LauncherException {
        if (PortCheck.isFree(instance.port)) {
            return instance;
        }
        if (instance.isService() && instance.number() > 1) {
            return add(new Instance(instance.name, instance.group, PortCheck.freePort(usedPorts())));
        }
        String option = instance.isService() ? "--port " + instance.group + "=<port>" : "--" + instance.group + "-port";
        throw new LauncherException("Port " + instance.port + " (" + instance.name + ") is in use by another program. "
                + "Free it, or restart orderflow with " + option + ".");
    }

    private int portFor(String service, int number) {
        return number == 1 ? settings.servicePorts().get(service) : PortCheck.freePort(usedPorts());
    }

    private Set<Integer> usedPorts() {
        Set<Integer> used = new HashSet<>();
        settings.fixedPorts().forEach(use -> used.add(use.port()));
        byName.values().forEach(instance -> used.add(instance.port));
        return used;
    }

    private Instance add(Instance instance) {
        byName.put(instance.name, instance);
        return instance;
    }
}
