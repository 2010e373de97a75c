package io.negotiationtracker.testsupport;

/**
 * This node's place in a KRaft cluster of several nodes, each broker and controller: its id, the static voters
 * ({@code 1@127.0.0.1:PORT,2@...}, every node's controller address, the same on each) and the cluster id every node's
 * storage is formatted with. With three nodes or more, internal topics get three replicas and need two in sync, as a
 * production cluster; a single-node broker ({@code null} quorum) keeps one of each.
 */
public record KafkaQuorum(int nodeId, String voters, String clusterId) {
    public KafkaQuorum {
        if (!voters.contains(nodeId + "@"))
            throw new IllegalArgumentException("node " + nodeId + " is not among the voters " + voters);
    }

    /** How many nodes vote. */
    public int nodes() {
        return voters.split(",").length;
    }

    /** Replicas of the internal topics (offsets, transaction state): three when there are that many nodes. */
    int replicas() {
        return Math.min(3, nodes());
    }

    /** In-sync replicas a write to them needs: two of three, so one node may be down. */
    int minInSync() {
        return replicas() >= 3 ? 2 : 1;
    }
}
