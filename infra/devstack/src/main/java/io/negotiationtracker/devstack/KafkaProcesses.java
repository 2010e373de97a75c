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

    private final List<String> extraJvmOptions;

    KafkaProcesses(Path dataDir, Path logs, int nodes, List<String> extraJvmOptions) {
        this.extraJvmOptions = extraJvmOptions;
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
        // A controlled shutdown moves the node's leaderships away first: slow on a loaded machine, so a long grace.
        if (p != null) p.close(java.time.Duration.ofSeconds(90));
    }

    /**
     * Starts a stopped node again, on its ports and its data. While it was down another process's socket may have taken
     * one of its (fixed) ports for a while: a start that fails to bind is tried again.
     */
    void restart(int node) {
        for (int attempt = 1; ; attempt++) {
            launch(node);
            try {
                await(node);
                return;
            } catch (IllegalStateException e) {
                ChildProcess broker = running.get(node);
                boolean portTaken = !broker.isAlive() && broker.logMentions("BindException");
                if (!portTaken || attempt == 3) throw e;
                System.err.printf(
                        "dev stack: %s could not bind its ports (attempt %d); trying again in 5 s%n",
                        name(node), attempt);
                sleep(5_000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> exitedUnasked() {
        return running.values().stream()
                .filter(p -> !p.isAlive())
                .map(p -> p.exitReport(60))
                .toList();
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
                        JvmOptions.with(JvmOptions.broker(), extraJvmOptions),
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
            if (!broker.isAlive()) throw new IllegalStateException(broker.exitReport(60));
            try {
                if (Files.exists(portFile(node)))
                    return Files.readString(portFile(node)).strip();
                Thread.sleep(100);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name(node) + " did not start within " + DevStack.READY_WITHIN.toSeconds()
                + " s; its log " + broker.log() + ":\n" + broker.tail(60));
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
