package dev.orderflow.launcher.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a running orderflow tells other tools: written to {@code <data>/run/orderflow.json} and served
 * by the control API.
 *
 * @param pid the launcher process, which is also the entry point ("gateway")
 * @param pidStartedAt when that process started (epoch millis), so that a reused PID is not mistaken for it
 * @param state {@code starting}, {@code ready} or {@code stopping}
 * @param kafkaBootstrap {@code null} with transport atom, which uses no Kafka
 * @param databasePassword {@code null} for an external database, whose password is not written down
 * @param transport {@code kafka} or {@code atom}
 */
public record RunState(
        long pid,
        long pidStartedAt,
        String state,
        int controlPort,
        int gatewayPort,
        String kafkaBootstrap,
        boolean kafkaExternal,
        String jdbcUrl,
        String databaseUsername,
        String databasePassword,
        boolean databaseExternal,
        String dataDir,
        List<Instance> instances,
        String transport) {

    /** A state of transport kafka, as written before there was a choice. */
    public RunState(long pid, long pidStartedAt, String state, int controlPort, int gatewayPort, String kafkaBootstrap,
            boolean kafkaExternal, String jdbcUrl, String databaseUsername, String databasePassword,
            boolean databaseExternal, String dataDir, List<Instance> instances) {
        this(pid, pidStartedAt, state, controlPort, gatewayPort, kafkaBootstrap, kafkaExternal, jdbcUrl, databaseUsername,
                databasePassword, databaseExternal, dataDir, instances, "kafka");
    }

    /**
     * One child process (or the place of one that was stopped).
     *
     * @param group the service name, or {@code kafka}/{@code postgres}
     * @param pid {@code 0} when not running
     * @param health {@code STARTING}, {@code UP} or {@code DOWN}
     * @param note why it is down, e.g. {@code stopped} or {@code exited with code 137}
     */
    public record Instance(String name, String group, long pid, int port, String health, String note) {
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort + "/";
    }

    /** Whether the launcher that wrote this is still the process with that PID. */
    public boolean launcherAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> pidStartedAt == 0 || Math.abs(startedAt(handle) - pidStartedAt) < 2000)
                .isPresent();
    }

    /**
     * Child processes still alive although their launcher is gone (it was killed with SIGKILL, so it
     * could not stop them). Only Java processes count, as a guard against reused PIDs.
     */
    public List<ProcessHandle> leftovers() {
        if (launcherAlive()) {
            return List.of();
        }
        return instances.stream()
                .filter(instance -> instance.pid() > 0)
                .flatMap(instance -> ProcessHandle.of(instance.pid()).stream())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.endsWith("java")).orElse(false))
                .toList();
    }

    static long startedAt(ProcessHandle handle) {
        return handle.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pid", pid);
        map.put("pidStartedAt", pidStartedAt);
        map.put("state", state);
        map.put("controlPort", controlPort);
        map.put("gatewayPort", gatewayPort);
        map.put("gatewayUrl", gatewayUrl());
        map.put("kafkaBootstrap", kafkaBootstrap);
        map.put("kafkaExternal", kafkaExternal);
        map.put("jdbcUrl", jdbcUrl);
        map.put("databaseUsername", databaseUsername);
        map.put("databasePassword", databasePassword);
        map.put("databaseExternal", databaseExternal);
        map.put("dataDir", dataDir);
        map.put("instances", instances.stream().map(RunState::instanceMap).toList());
        map.put("transport", transport);
        return map;
    }

    private static Map<String, Object> instanceMap(Instance instance) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", instance.name());
        map.put("group", instance.group());
        map.put("pid", instance.pid());
        map.put("port", instance.port());
        map.put("health", instance.health());
        map.put("note", instance.note());
        return map;
    }

    @SuppressWarnings("unchecked")
    static RunState fromMap(Map<String, Object> map) {
        List<Instance> instances = ((List<Map<String, Object>>) map.getOrDefault("instances", List.of())).stream()
                .map(i -> new Instance(text(i, "name"), text(i, "group"), number(i, "pid"), (int) number(i, "port"),
                        text(i, "health"), text(i, "note")))
                .toList();
        return new RunState(number(map, "pid"), number(map, "pidStartedAt"), text(map, "state"),
                (int) number(map, "controlPort"), (int) number(map, "gatewayPort"), text(map, "kafkaBootstrap"),
                Boolean.TRUE.equals(map.get("kafkaExternal")), text(map, "jdbcUrl"), text(map, "databaseUsername"),
                text(map, "databasePassword"), Boolean.TRUE.equals(map.get("databaseExternal")),
                text(map, "dataDir"), instances, map.get("transport") == null ? "kafka" : text(map, "transport"));
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static long number(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number number ? number.longValue() : 0;
    }
}
