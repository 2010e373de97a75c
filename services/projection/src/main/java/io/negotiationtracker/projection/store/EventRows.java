package io.negotiationtracker.projection.store;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.generation.Generation;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The events_N table: every event a generation applied, once (by position); the input of timelines and as-of folds. */
public final class EventRows {
    private final EventCodec codec;

    public EventRows(EventCodec codec) {
        this.codec = codec;
    }

    /** An event with the JSON it arrived as (stored verbatim). */
    public record Incoming(EventEnvelope event, String json) {}

    /** Inserts a batch in one statement; returns the events that were new (a redelivered position is skipped), in batch order. */
    public List<EventEnvelope> insertNew(Connection c, Generation g, List<Incoming> batch) throws SQLException {
        int n = batch.size();
        Long[] positions = new Long[n];
        String[] ids = new String[n];
        Long[] versions = new Long[n];
        String[] types = new String[n];
        Date[] occurred = new Date[n];
        Timestamp[] recorded = new Timestamp[n];
        String[] envelopes = new String[n];
        for (int i = 0; i < n; i++) {
            EventEnvelope e = batch.get(i).event();
            positions[i] = e.position();
            ids[i] = e.negotiationId();
            versions[i] = e.version();
            types[i] = e.type();
            occurred[i] = Date.valueOf(e.occurredOn().earliest());
            recorded[i] = Timestamp.from(e.recordedAt());
            envelopes[i] = batch.get(i).json();
        }
        String sql = "insert into " + g.eventsTable()
                + " (position, negotiation_id, version, type, occurred_from, recorded_at, envelope) "
                + "select * from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::date[], ?::timestamptz[], ?::text[]) "
                + "on conflict (position) do nothing returning position";
        Set<Long> inserted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", positions));
            ps.setArray(2, c.createArrayOf("text", ids));
            ps.setArray(3, c.createArrayOf("bigint", versions));
            ps.setArray(4, c.createArrayOf("text", types));
            ps.setArray(5, c.createArrayOf("date", occurred));
            ps.setArray(6, c.createArrayOf("timestamptz", recorded));
            ps.setArray(7, c.createArrayOf("text", envelopes));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) inserted.add(rs.getLong(1));
            }
        }
        List<EventEnvelope> fresh = new ArrayList<>(inserted.size());
        for (Incoming in : batch) if (inserted.remove(in.event().position())) fresh.add(in.event());
        return fresh;
    }

    /** A negotiation's events in world order (first possible day, then version), cut at a world date and a recording time when given. */
    public List<EventEnvelope> read(Connection c, Generation g, String negotiationId, LocalDate asOf, Instant knownAt)
            throws SQLException {
        String sql = "select envelope from " + g.eventsTable() + " where negotiation_id = ?"
                + (asOf != null ? " and occurred_from <= ?" : "") + (knownAt != null ? " and recorded_at <= ?" : "")
                + " order by occurred_from, version";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, negotiationId);
            if (asOf != null) ps.setDate(i++, Date.valueOf(asOf));
            if (knownAt != null) ps.setTimestamp(i, Timestamp.from(knownAt));
            ps.setFetchSize(1000);
            List<EventEnvelope> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(codec.readEnvelope(rs.getString(1)));
            }
            return out;
        }
    }

    public long count(Connection c, Generation g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from " + g.eventsTable());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
