package io.negotiationtracker.ingest.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Leadership;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.Sends;
import io.negotiationtracker.platform.kafka.Topics;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the store to Kafka in position order (no dual write: the store is the only thing a request writes).
 * Keyed by negotiation id, so each negotiation keeps its order on one partition. While the broker is away, appends go on
 * and the relay retries with backoff; it then catches up from its checkpoint, skipping what the topic already holds.
 */
@Context
public class KafkaRelay {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRelay.class);

    private final DataSource dataSource;
    private final EventStore store;
    private final AppendSignal signal;
    private final KafkaSettings kafka;
    private final String topic;
    private final int partitionsWanted;
    private final int batchSize;
    private final AtomicLong published = new AtomicLong(-1);
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final BackgroundLoop loop;

    public KafkaRelay(DataSource dataSource, EventStore store, AppendSignal signal, KafkaSettings kafka, MeterRegistry meters,
                      @Value("${tracker.topic}") String topic, @Value("${tracker.topic-partitions:6}") int partitions,
                      @Value("${tracker.relay.batch-size:1000}") int batchSize) {
        this.dataSource = dataSource;
        this.store = store;
        this.signal = signal;
        this.kafka = kafka;
        this.topic = topic;
        this.partitionsWanted = partitions;
        this.batchSize = batchSize;
        Gauge.builder("ingest.relay.lag", this, KafkaRelay::lag).description("events stored but not yet on Kafka").register(meters);
        Gauge.builder("ingest.relay.published.position", published, AtomicLong::get).register(meters);
        this.loop = BackgroundLoop.start("kafka-relay", this::run);
    }

    /** Events stored but not yet published (read from the store, so it stays true while the relay is stuck); -1 before the first checkpoint read. */
    public long lag() {
        long p = published.get();
        if (p < 0) return -1;
        head.set(store.head());
        return Math.max(0, head.get() - p);
    }

    public long publishedPosition() {
        return published.get();
    }

    public long failures() {
        return failures.get();
    }

    private void run(BackgroundLoop loop) throws InterruptedException {
        long backoff = 200;
        while (loop.running()) {
            try (Leadership leader = Leadership.tryAcquire(dataSource, "ingest-event-relay")) {
                if (leader == null) {
                    published.set(checkpoint());
                    loop.pause(2_000);
                    continue;
                }
                publishWhileLeader(loop, leader);
            } catch (java.sql.SQLException | RuntimeException e) {
                failures.incrementAndGet();
                if (!loop.running()) return;
                LOG.warn("relay paused ({}); retrying in {} ms", e.getMessage(), backoff);
                loop.pause(backoff);
                backoff = Math.min(backoff * 2, 5_000);
                continue;
            }
            backoff = 200;
        }
    }

    /** Only the instance holding the relay's leadership publishes: the topic keeps position order per negotiation. */
    private void publishWhileLeader(BackgroundLoop loop, Leadership leader) throws InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(relayProducerConfig(), new StringSerializer(), new StringSerializer())) {
            int partitions = ensureTopic();
            Map<Integer, Long> onTopic = Topics.lastOnEachPartition(kafka.clientConfig(), topic, partitions, CloudEventHeaders::position);
            published.set(checkpoint());
            LOG.info("relay publishing to {} ({} partitions) from position {}", topic, partitions, published.get());
            long checked = System.currentTimeMillis();
            while (loop.running()) {
                List<StoredRow> rows = readAfter(published.get());
                if (rows.isEmpty()) {
                    if (System.currentTimeMillis() - checked > 10_000) {
                        if (!leader.stillHeld()) return;
                        checked = System.currentTimeMillis();
                    }
                    signal.awaitBeyond(published.get(), 250);
                    continue;
                }
                publish(producer, rows, partitions, onTopic);
                long last = rows.get(rows.size() - 1).position();
                saveCheckpoint(last);
                published.set(last);
            }
        }
    }

    private void publish(KafkaProducer<String, String> producer, List<StoredRow> rows, int partitions, Map<Integer, Long> onTopic) {
        List<Future<?>> sends = new ArrayList<>(rows.size());
        for (StoredRow row : rows) {
            int partition = Utils.toPositive(Utils.murmur2(row.negotiationId().getBytes(StandardCharsets.UTF_8))) % partitions;
            if (row.position() <= onTopic.getOrDefault(partition, 0L)) continue;
            var record = new ProducerRecord<>(topic, partition, row.negotiationId(), row.envelope());
            CloudEventHeaders.write(record.headers(), row);
            sends.add(producer.send(record));
        }
        producer.flush();
        Sends.awaitAll(sends, "events");
    }

    /**
     * One request in flight per partition: what lands on a partition is then always a prefix of what was sent, which
     * the restart rule (skip what the tail already holds) relies on.
     */
    private Map<String, Object> relayProducerConfig() {
        Map<String, Object> config = new java.util.HashMap<>(kafka.producerConfig());
        config.put("max.in.flight.requests.per.connection", 1);
        return config;
    }

    /** The topic is the log that read sides rebuild from: it keeps everything. */
    private int ensureTopic() {
        return Topics.ensure(kafka.clientConfig(), topic, partitionsWanted, Map.of("retention.ms", "-1", "retention.bytes", "-1"));
    }

    private List<StoredRow> readAfter(long position) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select position, event_id, negotiation_id, type, version, recorded_at, envelope "
                    + "from ingest.events where position > ? order by position limit ?")) {
                ps.setLong(1, position);
                ps.setInt(2, batchSize);
                List<StoredRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getTimestamp(6).toInstant().toString(), rs.getString(7)));
                    }
                }
                return rows;
            }
        });
    }

    private long checkpoint() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select last_position from ingest.relay_checkpoint where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void saveCheckpoint(long position) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("update ingest.relay_checkpoint set last_position = ? where id = 1")) {
                ps.setLong(1, position);
                return ps.executeUpdate();
            }
        });
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
