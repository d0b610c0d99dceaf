package dev.orderflow.infrastructure;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The secured mode of the local Kafka: clients connect over TLS only (listener {@code SASL_SSL}) and log in with
 * SCRAM-SHA-512; the brokers talk to each other the same way as {@value #ADMIN}, a super user; the KRaft controller
 * listener accepts mutual TLS only, with the brokers' certificate ({@link KafkaCertificates#BROKER_DN}, also a super
 * user). Kafka's {@code StandardAuthorizer} denies whatever no ACL allows ({@link KafkaAccess}).
 *
 * @param tlsDir    the directory of {@link KafkaCertificates}
 * @param passwords user name to SCRAM password: {@value #ADMIN} and one user per service
 */
public record KafkaSecurity(Path tlsDir, Map<String, String> passwords) {

    /** The super user the brokers log in as; also the launcher's, for its admin tasks. */
    public static final String ADMIN = "admin";

    public static final String MECHANISM = "SCRAM-SHA-512";

    /** The only protocol a client of the secured brokers may use. */
    public static final String PROTOCOL = "SASL_SSL";

    public KafkaSecurity {
        passwords = Map.copyOf(passwords);
        if (!passwords.containsKey(ADMIN)) {
            throw new IllegalArgumentException("the secured Kafka needs a password for " + ADMIN);
        }
        passwords.keySet().forEach(KafkaSecurity::checkUser);
    }

    /** The environment variable holding a user's password, e.g. {@code ORDERFLOW_KAFKA_PASSWORD_SHIPPING}. */
    public static String variable(String user) {
        return "ORDERFLOW_KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT);
    }

    /** The CA certificate (PEM) every client trusts. */
    public Path caCertificate() {
        return tlsDir.resolve(KafkaCertificates.CA_CERTIFICATE);
    }

    /** The SCRAM login of {@code user}, for {@code sasl.jaas.config}. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\";";
    }

    /** What a client (producer, consumer, admin) needs besides its bootstrap servers to log in as {@code user}. */
    public Map<String, Object> clientConfig(String user, String password) {
        return clientConfig(caCertificate(), user, password);
    }

    /**
     * The same for a client that knows only the CA certificate it trusts, as the launcher's own commands do
     * ({@code replay}, {@code topic}): they read it from the state of the running system, not from the brokers' set-up.
     */
    public static Map<String, Object> clientConfig(Path caCertificate, String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("security.protocol", PROTOCOL);
        config.put("sasl.mechanism", MECHANISM);
        config.put("sasl.jaas.config", jaasConfig(user, password));
        config.put("ssl.truststore.type", "PEM");
        config.put("ssl.truststore.location", caCertificate.toString());
        return config;
    }

    /** The admin's client configuration, for the broker's own start-up checks and set-up. */
    Map<String, Object> adminClientConfig() {
        return clientConfig(ADMIN, passwords.get(ADMIN));
    }

    /** The broker properties of the secured mode, replacing the PLAINTEXT listeners. */
    Map<String, String> brokerProperties(int port, int controllerPort) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("listeners", "SASL_SSL://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":"
                + controllerPort);
        props.put("advertised.listeners", "SASL_SSL://" + Ports.HOST + ":" + port);
        props.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:SSL");
        props.put("inter.broker.listener.name", "SASL_SSL");
        props.put("sasl.enabled.mechanisms", MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        props.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", jaasConfig(ADMIN, passwords.get(ADMIN)));
        String storePassword = KafkaCertificates.storePassword(tlsDir);
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", tlsDir.resolve(KafkaCertificates.BROKER_KEYSTORE).toString());
        props.put("ssl.keystore.password", storePassword);
        props.put("ssl.key.password", storePassword);
        props.put("ssl.truststore.type", "PEM");
        props.put("ssl.truststore.location", caCertificate().toString());
        // SCRAM cannot log a broker in to the controllers (their credentials live in the metadata the controllers
        // serve), so that listener takes the brokers' certificate instead, and nothing without it.
        props.put("listener.name.controller.ssl.client.auth", "required");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:" + ADMIN + ";User:" + KafkaCertificates.BROKER_DN);
        return props;
    }

    /** The admin's credential written into the log directory at format time, so the brokers can log in at all. */
    String adminScramArgument() {
        return MECHANISM + "=[name=" + ADMIN + ",password=\"" + passwords.get(ADMIN) + "\"]";
    }

    private static void checkUser(String user) {
        if (!user.matches("[a-z][a-z0-9_-]{0,62}")) {
            throw new IllegalArgumentException("not a Kafka user name: " + user);
        }
    }
}
