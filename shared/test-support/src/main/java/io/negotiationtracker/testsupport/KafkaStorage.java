package io.negotiationtracker.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk side of {@link KafkaBroker}: its configuration, its cluster id, and formatting its log directory
 * the way {@code kafka-storage format} does.
 *
 * <p>Layout of a data directory: {@code cluster.id}, {@code server.properties} (rewritten at each start, since
 * the ports change), {@code broker.lock}, and the log in {@code kraft-combined-logs/}.
 */
final class KafkaStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStorage.class);

    static final String CLUSTER_ID_FILE = "cluster.id";
    static final String LOG_DIR = "kraft-combined-logs";
    static final String CONFIG_FILE = "server.properties";

    private KafkaStorage() {}

    /** The configuration of one node of {@code quorum} (a single node when it names one voter). */
    static Properties brokerProperties(Path dir, KafkaQuorum quorum, String host, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(quorum.nodeId()));
        p.setProperty("controller.quorum.voters", quorum.voters());
        p.setProperty(
                "listeners", "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dir.resolve(LOG_DIR).toString());
        // A single node: every internal topic has one replica; three nodes or more: three, two of them in sync.
        String replicas = Integer.toString(quorum.replicas());
        String minInSync = Integer.toString(quorum.minInSync());
        p.setProperty("offsets.topic.replication.factor", replicas);
        p.setProperty("transaction.state.log.replication.factor", replicas);
        p.setProperty("transaction.state.log.min.isr", minInSync);
        p.setProperty("share.coordinator.state.topic.replication.factor", replicas);
        p.setProperty("share.coordinator.state.topic.min.isr", minInSync);
        p.setProperty("default.replication.factor", replicas);
        p.setProperty("min.insync.replicas", minInSync);
        // Fewer internal partitions than the defaults (50): quicker first group join and transaction, same semantics.
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.num.partitions", "6");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.partitions", "6");
        p.setProperty("auto.create.topics.enable", "true");
        return p;
    }

    /**
     * Reads the cluster id kept in the data directory, or the one of an existing log, or makes a new one; {@code given}
     * (every node of a cluster is formatted with the same) is kept if there is none yet.
     */
    static String clusterId(Path dir, String given) {
        Path idFile = dir.resolve(CLUSTER_ID_FILE);
        Path metaFile = dir.resolve(LOG_DIR).resolve("meta.properties");
        try {
            String fromLog = null;
            if (Files.exists(metaFile)) {
                Properties meta = new Properties();
                try (Reader r = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
                    meta.load(r);
                }
                fromLog = meta.getProperty("cluster.id");
            }
            String fromFile = Files.exists(idFile)
                    ? Files.readString(idFile, StandardCharsets.UTF_8).trim()
                    : null;
            if (fromLog != null && !fromLog.equals(fromFile)) {
                if (fromFile != null) {
                    LOG.warn(
                            "{} says cluster id {} but the log in {} was formatted with {}; using the log's",
                            idFile,
                            fromFile,
                            metaFile.getParent(),
                            fromLog);
                }
                FileUtil.writeAtomically(idFile, fromLog + "\n");
                return fromLog;
            }
            if (fromFile != null && !fromFile.isEmpty()) {
                return fromFile;
            }
            String fresh = given != null ? given : Uuid.randomUuid().toString();
            FileUtil.writeAtomically(idFile, fresh + "\n");
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the Kafka cluster id in " + dir, e);
        }
    }

    /** Formats the log directory unless it already is (kafka-storage format --ignore-formatted). */
    static void format(Path dir, String clusterId, Properties props) {
        Path configFile = dir.resolve(CONFIG_FILE);
        try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            props.store(w, "Written by " + KafkaBroker.class.getName() + " at each start; ports change every start");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Kafka configuration " + configFile, e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(
                    new String[] {
                        "format", "--cluster-id", clusterId, "--config", configFile.toString(), "--ignore-formatted"
                    },
                    ps);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Could not format the Kafka storage in " + dir.resolve(LOG_DIR) + ": " + e.getMessage() + " "
                            + out.toString(StandardCharsets.UTF_8).trim(),
                    e);
        }
        if (rc != 0) {
            throw new IllegalStateException(
                    "Formatting the Kafka storage in " + dir.resolve(LOG_DIR) + " failed with exit code " + rc + ": "
                            + out.toString(StandardCharsets.UTF_8).trim());
        }
        LOG.debug(
                "kafka-storage format: {}", out.toString(StandardCharsets.UTF_8).trim());
    }
}
