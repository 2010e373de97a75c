package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (one node that is both broker and controller), running in this JVM
 * on free ports of 127.0.0.1, with its storage in a directory of the caller's choosing. It may also be one node of a
 * cluster ({@link KafkaQuorum}: fixed ports, static voters, one cluster id), each node in a process of its own.
 *
 * <p>Starting on a directory that already holds a formatted log reuses it: topics and records survive a
 * restart. The cluster id is kept in {@code cluster.id} in the data directory.
 *
 * <p>In a test JVM, close the broker from a JVM shutdown hook rather than from {@code @AfterAll}: clients that
 * are still open when the broker goes away can wait a long time for it in their own close.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    private static final String HOST = "127.0.0.1";
    private static final int START_ATTEMPTS = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);
    static final String CLUSTER_ID_FILE = KafkaStorage.CLUSTER_ID_FILE;
    static final String LOCK_FILE = "broker.lock";

    private final Path dataDir;
    private final DirectoryLock lock;
    private final String bootstrapServers;
    private final KafkaRaftServer server;
    private final Admin admin;
    private final Duration startupTime;
    private boolean closed;

    private KafkaBroker(
            Path dataDir,
            DirectoryLock lock,
            String bootstrapServers,
            KafkaRaftServer server,
            Admin admin,
            Duration startupTime) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.bootstrapServers = bootstrapServers;
        this.server = server;
        this.admin = admin;
        this.startupTime = startupTime;
    }

    /**
     * Formats {@code dataDir} if needed, starts the broker and waits until it answers clients.
     *
     * @throws IllegalStateException if another broker uses the directory, or the broker does not start or does
     *                               not become ready in time; the message names the ports and the directory
     */
    public static KafkaBroker start(Path dataDir) {
        return start(dataDir, null);
    }

    /**
     * Starts the broker on fixed ports ({@code {brokerPort, controllerPort}}), e.g. to restart a broker where its
     * clients expect it in a broker-down-then-up test; null picks free ports.
     */
    public static KafkaBroker start(Path dataDir, int[] fixedPorts) {
        return start(dataDir, fixedPorts, null);
    }

    /**
     * Starts one node of {@code quorum} (null: a single-node cluster) on {@code fixedPorts}. It is ready once the
     * quorum has a leader, so the nodes of a cluster must be started together.
     */
    public static KafkaBroker start(Path dataDir, int[] fixedPorts, KafkaQuorum quorum) {
        if (quorum != null && fixedPorts == null)
            throw new IllegalArgumentException("a node of a cluster needs fixed ports: the voters name them");
        long begin = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve(KafkaStorage.LOG_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the Kafka data directory " + dir, e);
        }
        // Kafka's own lock is taken too late: a second broker on the same log would first start its controller on it.
        DirectoryLock lock = DirectoryLock.acquire(dir.resolve(LOCK_FILE), "Kafka data directory " + dir);
        try {
            return start(dir, lock, begin, fixedPorts, quorum);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static KafkaBroker start(Path dir, DirectoryLock lock, long begin, int[] fixedPorts, KafkaQuorum quorum) {
        String clusterId = KafkaStorage.clusterId(dir, quorum == null ? null : quorum.clusterId());

        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int[] ports = fixedPorts != null ? fixedPorts : FreePort.find(2);
            int brokerPort = ports[0];
            int controllerPort = ports[1];
            String where = "Kafka broker on " + HOST + ":" + brokerPort + " (controller port " + controllerPort
                    + ", data dir " + dir + ")";
            KafkaQuorum node =
                    quorum != null ? quorum : new KafkaQuorum(1, "1@" + HOST + ":" + controllerPort, clusterId);
            Properties props = KafkaStorage.brokerProperties(dir, node, HOST, brokerPort, controllerPort);
            KafkaStorage.format(dir, clusterId, props);

            KafkaRaftServer server;
            try {
                server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Invalid configuration for the " + where + ": " + e.getMessage(), e);
            }
            try {
                server.startup();
            } catch (RuntimeException e) {
                shutdownQuietly(server);
                lastFailure = new IllegalStateException("Could not start " + where + ": " + e.getMessage(), e);
                if (causedBy(e, BindException.class) && attempt < START_ATTEMPTS && fixedPorts == null) {
                    LOG.warn("{}; a port was taken meanwhile, trying other ports", lastFailure.getMessage());
                    continue;
                }
                throw lastFailure;
            }

            String bootstrap = HOST + ":" + brokerPort;
            Admin admin = null;
            try {
                admin = Admin.create(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis(),
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()));
                awaitReady(admin, where, node.nodeId());
            } catch (RuntimeException e) {
                if (admin != null) {
                    admin.close(Duration.ZERO);
                }
                shutdownQuietly(server);
                throw e;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            LOG.info("{} ready in {} ms", where, took.toMillis());
            return new KafkaBroker(dir, lock, bootstrap, server, admin, took);
        }
        throw lastFailure;
    }

    /** The {@code bootstrap.servers} value for clients, like {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding the cluster id, the broker configuration and the log. */
    public Path dataDir() {
        return dataDir;
    }

    /** How long {@link #start} took, from the call until the broker answered a client. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Creates the topic with {@code partitions} partitions (replication factor 1) and waits until every
     * partition has a leader. Does nothing if a topic of that name already has that many partitions.
     *
     * @throws IllegalStateException if the topic exists with another number of partitions
     */
    public void createTopic(String name, int partitions) {
        createTopic(admin, name, partitions);
    }

    static void createTopic(Admin admin, String name, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out after " + ADMIN_TIMEOUT + " creating topic " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
        awaitLeaders(admin, name, partitions);
    }

    /** Stops the broker and waits for it to finish (at most a minute). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long begin = System.nanoTime();
        admin.close(Duration.ofSeconds(5));
        Thread stopper = new Thread(
                () -> {
                    server.shutdown();
                    server.awaitShutdown();
                },
                "kafka-broker-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(CLOSE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            // Keep the directory lock: the broker may still be writing.
            LOG.warn("Kafka broker {} (data dir {}) did not stop within {}", bootstrapServers, dataDir, CLOSE_TIMEOUT);
        } else {
            lock.release();
            LOG.info(
                    "Kafka broker {} stopped in {} ms",
                    bootstrapServers,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers + ", " + dataDir + "]";
    }

    /** Waits until describeCluster lists this broker: it is registered, unfenced and serving clients. */
    private static void awaitReady(Admin admin, String where, int nodeId) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            long remainingMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            try {
                var nodes = admin.describeCluster().nodes().get(remainingMs, TimeUnit.MILLISECONDS);
                if (nodes.stream().map(Node::id).anyMatch(id -> id == nodeId)) {
                    return;
                }
                last = null;
            } catch (ExecutionException e) {
                last = e;
            } catch (TimeoutException e) {
                last = e;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the " + where, e);
            }
            pause(where);
        }
        throw new IllegalStateException(
                "The " + where + " was not ready within " + READY_TIMEOUT + (last == null ? "" : ": " + last), last);
    }

    private static void awaitLeaders(Admin admin, String topic, int partitions) {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        String state = "not described yet";
        while (System.nanoTime() < deadline) {
            try {
                TopicDescription d = admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .get(topic);
                int actual = d.partitions().size();
                if (actual != partitions) {
                    throw new IllegalStateException("Topic " + topic + " exists with " + actual
                            + " partitions, not the " + partitions + " asked for");
                }
                long withLeader = d.partitions().stream()
                        .map(TopicPartitionInfo::leader)
                        .filter(l -> l != null && !l.isEmpty())
                        .count();
                if (withLeader == partitions) {
                    return;
                }
                state = withLeader + " of " + partitions + " partitions have a leader";
            } catch (ExecutionException e) {
                state = e.getCause().toString();
            } catch (TimeoutException e) {
                state = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topic " + topic, e);
            }
            pause("topic " + topic);
        }
        throw new IllegalStateException("Topic " + topic + " was not ready within " + ADMIN_TIMEOUT + ": " + state);
    }

    /** A short back-off between two readiness checks. */
    private static void pause(String what) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + what, e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t) || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Error while stopping a Kafka broker that failed to start", e);
        }
    }
}
