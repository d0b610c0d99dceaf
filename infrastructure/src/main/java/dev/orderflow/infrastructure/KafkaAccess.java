package dev.orderflow.infrastructure;

import static org.apache.kafka.common.acl.AclOperation.ALTER_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The services' Kafka users and their rights, applied at every start of a secured broker (so that a changed password
 * takes effect): each service's SCRAM-SHA-512 credential, and the ACLs its code needs, no more, as
 * {@code deploy/kubernetes/users.yaml} grants them on a Strimzi cluster and {@code docs/operations.md} lists them.
 *
 * <ul>
 *   <li>{@code order} writes (and creates, if missing) {@code order}, {@code order-schemas} and {@code order-state},
 *       and describes the consumer groups of the pipeline page;</li>
 *   <li>each consumer ({@code shipping}, {@code invoicing}, {@code bonus}) reads {@code order} and
 *       {@code order-schemas} within its own group only, and reads, writes, creates and configures its dead-letter
 *       topic {@code order.<group>.dlt}, read in group {@code <group>-dead-letters}.</li>
 * </ul>
 * Public so that deploy-check can compare these rights with {@code users.yaml}'s ({@code LocalKafkaAccessTest}).
 */
public final class KafkaAccess {

    static final String TOPIC = "order";
    static final List<String> CONSUMERS = List.of("shipping", "invoicing", "bonus");

    /** The users that get rights: the order service's and each consumer's. */
    public static final List<String> USERS = Stream.concat(Stream.of("order"), CONSUMERS.stream()).toList();

    private KafkaAccess() {
    }

    /** Creates or updates the credential of every user but the admin, and adds the ACLs of those users. */
    static void apply(Admin admin, Map<String, String> passwords) {
        List<UserScramCredentialUpsertion> credentials = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        passwords.forEach((user, password) -> {
            if (!user.equals(KafkaSecurity.ADMIN)) {
                credentials.add(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
                acls.addAll(acls(user));
            }
        });
        try {
            if (!credentials.isEmpty()) {
                admin.alterUserScramCredentials(List.copyOf(credentials)).all().get(30, TimeUnit.SECONDS);
            }
            if (!acls.isEmpty()) {
                // Adding an ACL that exists already is a no-op, so a restart just confirms them.
                admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot set up the Kafka users and their ACLs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the Kafka users", e);
        }
    }

    /** The rights of one service's user; a user that is no service gets none. */
    public static List<AclBinding> acls(String user) {
        List<AclBinding> acls = new ArrayList<>();
        if (user.equals("order")) {
            for (String topic : List.of(TOPIC, TOPIC + "-schemas", TOPIC + "-state")) {
                allow(acls, user, ResourceType.TOPIC, topic, DESCRIBE, WRITE, CREATE);
            }
            // The pipeline page shows the consumer groups' members and offsets.
            CONSUMERS.forEach(group -> allow(acls, user, ResourceType.GROUP, group, DESCRIBE));
        } else if (CONSUMERS.contains(user)) {
            allow(acls, user, ResourceType.TOPIC, TOPIC, DESCRIBE, READ);
            allow(acls, user, ResourceType.TOPIC, TOPIC + "-schemas", DESCRIBE, READ);
            allow(acls, user, ResourceType.GROUP, user, READ);
            allow(acls, user, ResourceType.TOPIC, TOPIC + "." + user + ".dlt",
                    DESCRIBE, READ, WRITE, CREATE, DESCRIBE_CONFIGS, ALTER_CONFIGS);
            allow(acls, user, ResourceType.GROUP, user + "-dead-letters", READ);
        }
        return acls;
    }

    private static void allow(List<AclBinding> acls, String user, ResourceType type, String name,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
