package io.negotiationtracker.ingest.relay;

import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.outbox.Outbox;
import io.negotiationtracker.platform.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The event store as the relay's outbox: the events after a position (store positions are gap-free and visible in
 * commit order), and the relay's checkpoint in {@code ingest.relay_checkpoint} (the last position known published).
 */
final class EventOutbox implements Outbox<StoredRow> {
    private static final long IDLE_WAIT_MS = 250;

    private final DataSource dataSource;
    private final int batchSize;
    private final EventStore store;
    private final AppendSignal signal;
    private final TopicSizeCheck topicCheck;
    private final Tracing tracing;

    EventOutbox(
            DataSource dataSource,
            int batchSize,
            EventStore store,
            AppendSignal signal,
            TopicSizeCheck topicCheck,
            Tracing tracing) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.store = store;
        this.signal = signal;
        this.topicCheck = topicCheck;
        this.tracing = tracing;
    }

    @Override
    public List<StoredRow> after(long position) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select position, event_id, negotiation_id, type, version, recorded_at, envelope "
                            + "from ingest.events where position > ? order by position limit ?")) {
                ps.setLong(1, position);
                ps.setInt(2, batchSize);
                List<StoredRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getTimestamp(6).toInstant().toString(),
                                rs.getString(7)));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public ProducerRecord<String, String> record(String topic, int partition, StoredRow row) {
        var record = EventRecords.of(topic, partition, row);
        // The append's trace (kept by the instance that accepted it) goes on with a PRODUCER span in the headers.
        Span span = tracing.start(
                topic + " publish",
                SpanKind.PRODUCER,
                tracing.fromTraceParent(tracing.links().find(row.eventId())));
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.destination.name", topic);
        span.setAttribute("tracker.event_id", row.eventId());
        span.setAttribute("tracker.negotiation_id", row.negotiationId());
        tracing.inject(span, record.headers());
        span.end();
        return record;
    }

    @Override
    public long published() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps =
                            c.prepareStatement("select last_position from ingest.relay_checkpoint where id = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void markPublished(long upTo) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update ingest.relay_checkpoint set last_position = greatest(last_position, ?) where id = 1")) {
                ps.setLong(1, upTo);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public long head() {
        return store.head();
    }

    @Override
    public void awaitBeyond(long position) throws InterruptedException {
        signal.awaitBeyond(position, IDLE_WAIT_MS);
    }

    @Override
    public void checkTopic(String topic) {
        topicCheck.warnIfTooSmallForTheDoor(topic);
    }
}
