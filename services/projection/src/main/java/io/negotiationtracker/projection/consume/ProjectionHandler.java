package io.negotiationtracker.projection.consume;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.RecordHandler;
import io.negotiationtracker.projection.store.ViewStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies events to the views: each event is stored once, and each negotiation touched by a batch is re-folded once. */
public class ProjectionHandler implements RecordHandler {
    private final ViewStore views;
    private final EventCodec codec;
    private final AppliedPositions applied;
    private final ViewChanges changes;
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Set<String> committed = new LinkedHashSet<>();
    private long maxPosition;

    public ProjectionHandler(ViewStore views, EventCodec codec, AppliedPositions applied, ViewChanges changes) {
        this.views = views;
        this.codec = codec;
        this.applied = applied;
        this.changes = changes;
    }

    @Override
    public void apply(Connection c, ConsumerRecord<String, String> record) throws SQLException {
        EventEnvelope e = codec.readEnvelope(record.value());
        if (!e.negotiationId().equals(record.key()))
            throw new IllegalArgumentException("record key '" + record.key() + "' is not the event's negotiation '" + e.negotiationId() + "'");
        if (views.insertEvent(c, e, record.value())) dirty.add(e.negotiationId());
        maxPosition = Math.max(maxPosition, e.position());
    }

    @Override
    public void beforeCommit(Connection c) throws SQLException {
        try {
            for (String id : dirty) views.refreshStatus(c, id);
            views.advanceAppliedPosition(c, maxPosition);
            committed.clear();
            committed.addAll(dirty);
        } finally {
            dirty.clear();
        }
    }

    @Override
    public void afterCommit() {
        applied.reached(maxPosition);
        if (!committed.isEmpty()) changes.committed(Set.copyOf(committed), maxPosition);
    }
}
