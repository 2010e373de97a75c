package io.negotiationtracker.notifier.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Leadership;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.PublishFailed;
import io.negotiationtracker.platform.kafka.PublisherDeposed;
import io.negotiationtracker.platform.kafka.Topics;
import io.negotiationtracker.platform.kafka.TransactionalPublisher;
import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: publishes alerts to negotiation.alerts.v1 in seq order, then marks them published. An alert is only
 * ever written to PostgreSQL by the code that raises it (no dual write); this relay is the only publisher, and only the
 * instance holding {@link Leadership} runs it.
 */
@Context
public class AlertRelay {
    private static final Logger LOG = LoggerFactory.getLogger(AlertRelay.class);

    private final DataSource dataSource;
    private final AlertStore alerts;
    private final AlertSignal signal;
    private final KafkaSettings kafka;
    private final EventCodec codec;
    private final String topic;
    private final int partitionsWanted;
    private final AtomicLong backlog = new AtomicLong(-1);
    private final BackgroundLoop loop;

    public AlertRelay(DataSource dataSource, AlertStore alerts, AlertSignal signal, KafkaSettings kafka, EventCodec codec, MeterRegistry meters,
                      @Value("${tracker.alerts-topic}") String topic, @Value("${tracker.topic-partitions:6}") int partitions) {
        this.dataSource = dataSource;
        this.alerts = alerts;
        this.signal = signal;
        this.kafka = kafka;
        this.codec = codec;
        this.topic = topic;
        this.partitionsWanted = partitions;
        Gauge.builder("notifier.outbox.backlog", backlog, AtomicLong::get).description("alerts not yet published to the alerts topic").register(meters);
        this.loop = BackgroundLoop.start("alert-relay", this::run);
    }

    private void run(BackgroundLoop loop) throws InterruptedException {
        long backoff = 200;
        while (loop.running()) {
            try (Leadership leader = Leadership.tryAcquire(dataSource, "notifier-alert-relay")) {
                if (leader == null) {
                    backlog.set(alerts.unpublishedCount());
                    loop.succeeded();
                    loop.pause(2_000);
                    continue;
                }
                publishWhileLeader(loop, leader);
                backoff = 200;
            } catch (SQLException | RuntimeException e) {
                if (!loop.running()) return;
                LOG.warn("alert relay paused ({}); retrying in {} ms", e.getMessage(), backoff);
                loop.failed(e);
                loop.pause(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    /**
     * Publishes each batch in one Kafka transaction under a stable transactional id, so a deposed leader is fenced by
     * the broker and a failed batch leaves nothing on the topic: the topic is always a prefix of the outbox, and the
     * restart rule (skip what each partition's tail holds) can never skip an unpublished alert. Leadership is checked
     * before every batch.
     */
    private void publishWhileLeader(BackgroundLoop loop, Leadership leader) throws InterruptedException {
        try (TransactionalPublisher publisher = TransactionalPublisher.open(kafka, "notifier-alert-relay:" + topic)) {
            int partitions = ensureTopic();
            Map<Integer, Long> onTopic = Topics.lastOnEachPartition(kafka.clientConfig(), topic, partitions, AlertRecords::seq);
            LOG.info("alert relay publishing to {} ({} partitions)", topic, partitions);
            while (loop.running()) {
                long seen = signal.generation();
                List<AlertView> batch = alerts.unpublished(500);
                backlog.set(batch.size() < 500 ? batch.size() : alerts.unpublishedCount());
                loop.succeeded();
                if (batch.isEmpty()) {
                    signal.awaitBeyond(seen, 500);
                    continue;
                }
                if (!leader.stillHeld()) return;
                try {
                    publisher.publish(records(batch, partitions, onTopic));
                } catch (PublisherDeposed deposed) {
                    LOG.warn("alert relay deposed by another instance ({}); stepping down", deposed.getMessage());
                    return;
                } catch (PublishFailed failed) {
                    AlertView alert = batch.get(Math.min(Math.max(failed.index(), 0), batch.size() - 1));
                    if (failed.permanent())
                        LOG.error("alert relay STOPPED at alert seq {} ({}): it cannot be published: {}", alert.seq(), alert.negotiationId(), failed.getMessage());
                    throw failed;
                }
                long last = batch.get(batch.size() - 1).seq();
                Transactions.inTransaction(dataSource, c -> {
                    alerts.markPublished(c, last);
                    return null;
                });
            }
        }
    }

    private List<ProducerRecord<String, String>> records(List<AlertView> batch, int partitions, Map<Integer, Long> onTopic) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(batch.size());
        for (AlertView a : batch) {
            if (a.seq() <= onTopic.getOrDefault(AlertRecords.partition(a.negotiationId(), partitions), 0L)) continue;
            records.add(AlertRecords.of(topic, partitions, a, codec));
        }
        return records;
    }

    private int ensureTopic() {
        return Topics.ensure(kafka.clientConfig(), topic, partitionsWanted, Map.of());
    }

    /** Alerts not yet on the topic; -1 before the relay first looked. */
    public long backlog() {
        return backlog.get();
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
