package io.negotiationtracker.ingest.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.negotiationtracker.ingest.IngestSettings;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.outbox.OutboxRelay;
import io.negotiationtracker.platform.outbox.OutboxStall;
import io.negotiationtracker.platform.outbox.OutboxTopic;
import io.negotiationtracker.platform.outbox.RelaySettings;
import io.negotiationtracker.platform.tracing.Tracing;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Publishes the event store to the event topic with the platform's {@link OutboxRelay} (no dual write: the store is
 * the only thing a request writes): in position order, each batch one Kafka transaction, keyed by negotiation id so each
 * negotiation keeps its order on one partition, exactly once across restarts and leader changes. An event the broker
 * refuses for good stops the relay on it, loudly ({@link RelayReadiness}). While the broker is away, appends go on and
 * readiness stays UP: the relay retries and catches up from its checkpoint.
 */
@Context
public class KafkaRelay {
    private final OutboxRelay<StoredRow> relay;

    public KafkaRelay(
            DataSource dataSource,
            EventStore store,
            AppendSignal signal,
            KafkaSettings kafka,
            IngestLimits limits,
            MeterRegistry meters,
            IngestSettings config,
            Tracing tracing) {
        // The topic is the log that read sides rebuild from: it keeps everything; its record size limit is set
        // explicitly.
        var topic = new OutboxTopic(
                config.topic(),
                kafka.topic().partitions(),
                Map.of(
                        "retention.ms",
                        "-1",
                        "retention.bytes",
                        "-1",
                        "max.message.bytes",
                        Integer.toString(kafka.topicMaxMessageBytes())),
                EventRecords.POSITION_HEADER);
        var settings = new RelaySettings(
                "kafka-relay",
                "ingest-event-relay",
                config.transactionalId(),
                topic,
                "ingest.relay",
                false,
                LoggerFactory.getLogger(KafkaRelay.class));
        var outbox = new EventOutbox(
                dataSource, config.relay().batchSize(), store, signal, new TopicSizeCheck(kafka, limits), tracing);
        this.relay = new OutboxRelay<>(dataSource, kafka, meters, settings, outbox);
        Gauge.builder("ingest.relay.lag", relay, OutboxRelay::lag)
                .description("events stored but not yet on Kafka")
                .register(meters);
    }

    /** Events stored but not yet published (read from the store, so it stays true while the relay is stuck); -1 while unknown. */
    public long lag() {
        return relay.lag();
    }

    public long publishedPosition() {
        return relay.publishedPosition();
    }

    public long failures() {
        return relay.failures();
    }

    /** The event the relay is stopped on, or null. */
    public OutboxStall stall() {
        return relay.stall();
    }

    @PreDestroy
    void stop() {
        relay.close();
    }
}
