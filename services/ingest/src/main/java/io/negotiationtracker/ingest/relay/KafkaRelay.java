package io.negotiationtracker.ingest.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.negotiationtracker.ingest.IngestSettings;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.limits.RecordSizeBudget;
import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Leadership;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.PublishFailed;
import io.negotiationtracker.platform.kafka.PublisherDeposed;
import io.negotiationtracker.platform.kafka.Topics;
import io.negotiationtracker.platform.kafka.TransactionalPublisher;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the store to Kafka in position order (no dual write: the store is the only thing a request writes).
 * Keyed by negotiation id, so each negotiation keeps its order on one partition. Each batch is one Kafka transaction
 * (it lands whole or not at all), and a batch is only published once every earlier one is: the relay neither skips
 * nor reorders. A failing event stops the relay on it (loudly when retrying cannot help: {@link RelayStall}); while the
 * broker is away, appends go on and the relay retries with backoff, then catches up from its checkpoint, skipping what
 * the topic already holds. Only the instance holding the relay's {@link Leadership} publishes, checked before every
 * batch; a deposed leader is fenced by the broker (same transactional.id), so it cannot publish even in between.
 */
@Context
public class KafkaRelay {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRelay.class);

    private final DataSource dataSource;
    private final EventStore store;
    private final AppendSignal signal;
    private final KafkaSettings kafka;
    private final IngestLimits limits;
    private final RelayRows rows;
    private final String topic;
    private final String transactionalId;
    private final int partitionsWanted;
    private final AtomicLong published = new AtomicLong(-1);
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<RelayStall> stall = new AtomicReference<>();
    private final Counter permanentFailures;
    private final BackgroundLoop loop;

    public KafkaRelay(DataSource dataSource, EventStore store, AppendSignal signal, KafkaSettings kafka, IngestLimits limits, MeterRegistry meters,
                      IngestSettings settings) {
        String transactionalId = settings.relay().transactionalId();
        this.dataSource = dataSource;
        this.store = store;
        this.signal = signal;
        this.kafka = kafka;
        this.limits = limits;
        this.rows = new RelayRows(dataSource, settings.relay().batchSize());
        this.topic = settings.topic();
        this.transactionalId = transactionalId == null || transactionalId.isBlank() ? "ingest-relay:" + topic : transactionalId;
        this.partitionsWanted = settings.topicPartitions();
        Gauge.builder("ingest.relay.lag", this, KafkaRelay::lag).description("events stored but not yet on Kafka").register(meters);
        Gauge.builder("ingest.relay.published.position", published, AtomicLong::get).register(meters);
        Gauge.builder("ingest.relay.stalled.position", stall, s -> s.get() == null ? 0 : s.get().position())
                .description("position of the event the relay is stopped on (it cannot be published); 0 when it is not stopped").register(meters);
        this.permanentFailures = Counter.builder("ingest.relay.permanent.failures")
                .description("publish attempts refused for good (the event is too large, invalid...); the relay stops on the event").register(meters);
        this.loop = BackgroundLoop.start("kafka-relay", this::run);
    }

    /** Events stored but not yet published (read from the store, so it stays true while the relay is stuck); -1 before the first checkpoint read. */
    public long lag() {
        long p = published.get();
        if (p < 0) return -1;
        return Math.max(0, store.head() - p);
    }

    public long publishedPosition() {
        return published.get();
    }

    public long failures() {
        return failures.get();
    }

    /** The event the relay is stopped on, or null. */
    public RelayStall stall() {
        return stall.get();
    }

    private void run(BackgroundLoop loop) throws InterruptedException {
        long backoff = 200;
        while (loop.running()) {
            try (Leadership leader = Leadership.tryAcquire(dataSource, "ingest-event-relay")) {
                if (leader == null) {
                    published.set(rows.checkpoint());
                    loop.pause(2_000);
                    continue;
                }
                publishWhileLeader(loop, leader);
                backoff = 200;
            } catch (PublisherDeposed e) {
                LOG.warn("relay deposed: {}", e.getMessage());
                backoff = 200;
            } catch (java.sql.SQLException | RuntimeException e) {
                failures.incrementAndGet();
                if (!loop.running()) return;
                long wait = stall.get() != null ? Math.max(backoff, 1_000) : backoff;
                LOG.warn("relay paused ({}); retrying in {} ms", e.getMessage(), wait);
                loop.pause(wait);
                backoff = Math.min(wait * 2, stall.get() != null ? 30_000 : 5_000);
            }
        }
    }

    private void publishWhileLeader(BackgroundLoop loop, Leadership leader) throws InterruptedException {
        try (TransactionalPublisher publisher = TransactionalPublisher.open(kafka, transactionalId)) {
            // after open: any batch of a deposed leader is now committed or aborted, so the tail read below is final
            int partitions = ensureTopic();
            warnIfTheTopicIsTooSmallForTheDoor();
            Map<Integer, Long> onTopic = Topics.lastOnEachPartition(kafka.clientConfig(), topic, partitions, CloudEventHeaders::position);
            published.set(rows.checkpoint());
            LOG.info("relay publishing to {} ({} partitions) from position {}", topic, partitions, published.get());
            while (loop.running()) {
                if (!leader.stillHeld()) {
                    LOG.warn("relay lost its leadership (its lock session ended); stops publishing");
                    return;
                }
                List<StoredRow> batch = StallBoundary.cut(rows.readAfter(published.get()), stall.get());
                if (batch.isEmpty()) {
                    signal.awaitBeyond(published.get(), 250);
                    continue;
                }
                publish(publisher, EventRecords.notYetOnTopic(batch, partitions, onTopic), partitions);
                long last = batch.get(batch.size() - 1).position();
                rows.saveCheckpoint(last);
                published.set(last);
                clearStall(last);
            }
        }
    }

    private void publish(TransactionalPublisher publisher, List<StoredRow> batch, int partitions) {
        try {
            publisher.publish(batch.stream().map(row -> EventRecords.of(topic, partitions, row)).toList());
        } catch (PublishFailed e) {
            if (e.permanent() && e.index() >= 0) stopOn(batch.get(e.index()), e);
            throw e;
        }
    }

    private void stopOn(StoredRow row, PublishFailed e) {
        permanentFailures.increment();
        String reason = e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        RelayStall previous = stall.get();
        if (previous == null || previous.position() != row.position()) {
            stall.set(new RelayStall(row.position(), row.eventId(), row.negotiationId(), reason, Instant.now()));
        }
        LOG.error("relay STOPPED at position {} (event {}, negotiation {}, {} bytes): it cannot be published ({}); nothing after it is "
                        + "published until it is. Raise kafka.producer.max-request-size and the topic's max.message.bytes if it is too large.",
                row.position(), row.eventId(), row.negotiationId(), row.envelope().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, reason);
    }

    private void clearStall(long publishedUpTo) {
        RelayStall s = stall.get();
        if (s != null && s.position() <= publishedUpTo && stall.compareAndSet(s, null))
            LOG.info("relay published position {} it was stopped on; it runs again", s.position());
    }

    /** The topic is the log that read sides rebuild from: it keeps everything; its record size limit is set explicitly. */
    private int ensureTopic() {
        return Topics.ensure(kafka.clientConfig(), topic, partitionsWanted, Map.of("retention.ms", "-1", "retention.bytes", "-1",
                "max.message.bytes", Integer.toString(kafka.topicMaxMessageBytes())));
    }

    /**
     * A topic created before (or by hand) keeps its own max.message.bytes: if it is below what the door admits, an
     * accepted event may not be publishable (the relay would then stop on it). Said at once, not when it happens.
     */
    private void warnIfTheTopicIsTooSmallForTheDoor() {
        try {
            String value = Topics.config(kafka.clientConfig(), topic, "max.message.bytes");
            int needed = limits.getMaxEventBytes() + RecordSizeBudget.RECORD_OVERHEAD_BYTES;
            if (value != null && Integer.parseInt(value) < needed)
                LOG.error("topic {} has max.message.bytes={}, below tracker.ingest.max-event-bytes ({}) plus {} bytes of record overhead: an "
                                + "accepted event may not be publishable; raise the topic's max.message.bytes (kafka-configs.sh --alter) to at least {}",
                        topic, value, limits.getMaxEventBytes(), RecordSizeBudget.RECORD_OVERHEAD_BYTES, needed);
        } catch (RuntimeException e) {
            LOG.warn("could not check the record size limit of {}: {}", topic, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
