package dev.orderflow.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which node of which KRaft cluster a broker is: its id, the controller quorum it votes in, and the cluster id its
 * log directory is formatted with (every node of a cluster must share it).
 *
 * <p>A node alone is its own quorum. In a cluster of three or more, every node is broker and controller, and topics
 * are created with three replicas, of which two must acknowledge a write ({@code min.insync.replicas=2}, for the
 * producers' {@code acks=all}), and a replica that fell behind never becomes leader
 * ({@code unclean.leader.election.enable=false}): a kill of any one node then loses no acknowledged record.
 *
 * @param id        {@code node.id}, 1 to the number of voters
 * @param voters    the controller addresses of all nodes as {@code id@host:port}; empty for a node alone
 * @param clusterId the cluster id to format with; {@code null} for a random one (a node alone)
 */
public record KafkaNode(int id, List<String> voters, String clusterId) {

    /** The single broker of {@code ./orderflow up}. */
    public static final KafkaNode ALONE = new KafkaNode(1, List.of(), null);

    public KafkaNode {
        voters = List.copyOf(voters);
        if (!voters.isEmpty() && voters.stream().noneMatch(voter -> voter.startsWith(id + "@"))) {
            throw new IllegalArgumentException("node " + id + " is not among the voters " + voters);
        }
        if (voters.size() > 1 && (clusterId == null || clusterId.isBlank())) {
            throw new IllegalArgumentException("the nodes of a cluster need a common --cluster-id");
        }
    }

    /** Parses {@code --voters 1@127.0.0.1:19093,2@127.0.0.1:19095,...}. */
    public static KafkaNode of(int id, String voters, String clusterId) {
        return new KafkaNode(id, voters == null || voters.isBlank() ? List.of() : List.of(voters.split(",")),
                clusterId);
    }

    boolean clustered() {
        return voters.size() > 1;
    }

    /** The broker properties that depend on the node and the cluster's size. */
    Map<String, String> properties(int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("node.id", String.valueOf(id));
        // A static voter set (rather than a dynamic quorum) keeps the controller addresses out of the
        // stored metadata, so a restart may use different ports.
        props.put("controller.quorum.voters",
                voters.isEmpty() ? id + "@" + Ports.HOST + ":" + controllerPort : String.join(",", voters));
        String replicas = clustered() ? String.valueOf(Math.min(3, voters.size())) : "1";
        String minInSync = clustered() ? "2" : "1";
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", minInSync);
        props.put("offsets.topic.replication.factor", replicas);
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", minInSync);
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", minInSync);
        // Kafka's default, stated because the guarantee depends on it.
        props.put("unclean.leader.election.enable", "false");
        return props;
    }
}
