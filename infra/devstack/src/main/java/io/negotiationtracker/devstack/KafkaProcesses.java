package io.negotiationtracker.devstack;

import io.negotiationtracker.testsupport.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * The Kafka brokers a dev stack runs, each a {@code KafkaBrokerMain} process on fixed ports (a restarted one comes
 * back where its clients look for it): one for the run command (data in {@code kafka/}), or a KRaft cluster of several
 * nodes, each broker and controller, formatted with one cluster id, for the cluster test (data in {@code kafka-N/}).
 * A node writes its address to its port file once it serves clients, which for a cluster needs a quorum: all nodes are
 * started before any is awaited.
 */
final class KafkaProcesses implements AutoCloseable {
    private final Path dataDir;
    private final Path logs;
    private final int nodes;
    private final int[][] ports;
    private final String clusterId = Uuid.randomUuid().toString();
    private final Map<Integer, ChildProcess> running = new ConcurrentHashMap<>();

    KafkaProcesses(Path dataDir, Path logs, int nodes) {
        this.dataDir = dataDir;
        this.logs = logs;
        this.nodes = nodes;
        this.ports = IntStream.range(0, nodes)
                .mapToObj(i -> new int[] {FreePort.find(), FreePort.find()})
                .toArray(int[][]::new);
    }

    /** Starts every node and waits until each serves clients; returns the bootstrap servers. */
    String start() {
        for (int node = 1; node <= nodes; node++) launch(node);
        List<String> addresses = new ArrayList<>();
        for (int node = 1; node <= nodes; node++) addresses.add(await(node));
        return String.join(",", addresses);
    }

    /** Stops one node (SIGTERM: a controlled shutdown); {@link #restart} brings it back on its ports and data. */
    void stop(int node) {
        ChildProcess p = running.remove(node);
        if (p != null) p.close();
    }

    void restart(int node) {
        launch(node);
        await(node);
    }

    List<Long> pids() {
        return running.values().stream().map(ChildProcess::pid).toList();
    }

    private void launch(int node) {
        List<String> args = new ArrayList<>(List.of(
                "--data-dir",
                dataDir.resolve(name(node)).toString(),
                "--port-file",
                portFile(node).toString(),
                "--ports",
                ports[node - 1][0] + "," + ports[node - 1][1]));
        if (nodes > 1)
            args.addAll(List.of("--node-id", Integer.toString(node), "--voters", voters(), "--cluster-id", clusterId));
        try {
            Files.deleteIfExists(portFile(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        running.put(
                node,
                ChildProcess.startJava(
                        name(node),
                        JvmOptions.broker(),
                        System.getProperty("java.class.path"),
                        "io.negotiationtracker.testsupport.KafkaBrokerMain",
                        Map.of(),
                        args,
                        logs));
    }

    private String await(int node) {
        ChildProcess broker = running.get(node);
        long deadline = System.currentTimeMillis() + DevStack.READY_WITHIN.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!broker.isAlive())
                throw new IllegalStateException(name(node) + " exited; its log:\n" + broker.tail(40));
            try {
                if (Files.exists(portFile(node)))
                    return Files.readString(portFile(node)).strip();
                Thread.sleep(100);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name(node) + " did not start within " + DevStack.READY_WITHIN.toSeconds()
                + " s; its log:\n" + broker.tail(40));
    }

    private String voters() {
        StringJoiner voters = new StringJoiner(",");
        for (int node = 1; node <= nodes; node++) voters.add(node + "@127.0.0.1:" + ports[node - 1][1]);
        return voters.toString();
    }

    private String name(int node) {
        return nodes == 1 ? "kafka" : "kafka-" + node;
    }

    private Path portFile(int node) {
        return dataDir.resolve(nodes == 1 ? "kafka.address" : name(node) + ".address");
    }

    /** One broker stops cleanly; a cluster's nodes are killed together (a node left without a quorum would wait for one). */
    @Override
    public void close() {
        if (nodes == 1) running.keySet().forEach(this::stop);
        else running.values().parallelStream().forEach(ChildProcess::kill);
        running.clear();
    }
}
