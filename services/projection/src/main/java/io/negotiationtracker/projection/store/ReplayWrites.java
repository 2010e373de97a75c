package io.negotiationtracker.projection.store;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.platform.jdbc.CopyStream;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.render.Rendering;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;

/**
 * A replay's writes into a new generation's tables, created without indexes ({@code Generations#createNext}): every
 * event and every negotiation's row written once by COPY, then the tables' keys and indexes built over the loaded rows
 * (the same as {@code like ... including all} would have made: {@code events_N_pkey},
 * {@code events_N_negotiation_id_occurred_from_version_idx}, {@code negotiations_N_pkey}). All in the caller's
 * transaction.
 */
public final class ReplayWrites {
    /** A COPY of events into {@code g}'s events table, left open for {@link #event} until it is finished. */
    public CopyStream events(Connection c, Generation g) throws SQLException {
        return new CopyStream(
                c,
                g.eventsTable() + " (position, negotiation_id, version, type, occurred_from, recorded_at, envelope)");
    }

    /** One event, with the JSON it arrived as (stored verbatim, as the consumer stores it). */
    public void event(CopyStream copy, EventEnvelope e, String json) throws SQLException {
        copy.row(
                e.position(),
                e.negotiationId(),
                e.version(),
                e.type(),
                e.occurredOn().earliest(),
                e.recordedAt(),
                json);
    }

    /** The events table's primary key and index, built over what was copied in; its statistics for the planner. */
    public void indexEvents(Connection c, Generation g) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("alter table " + g.eventsTable() + " add primary key (position)");
            st.execute("create index on " + g.eventsTable() + " (negotiation_id, occurred_from, version)");
            st.execute("analyze " + g.eventsTable());
        }
    }

    /** Every negotiation's rendered row, then the table's primary key. */
    public void negotiations(Connection c, Generation g, Collection<Rendering> rows, Instant now) throws SQLException {
        CopyStream copy = new CopyStream(
                c,
                g.negotiationsTable() + " (negotiation_id, title, version, last_position, status_position, "
                        + "computed_for, status, summary, updated_at)");
        try {
            for (Rendering r : rows)
                copy.row(
                        r.negotiationId(),
                        r.title(),
                        r.version(),
                        r.lastPosition(),
                        r.lastPosition(),
                        r.computedFor(),
                        r.status(),
                        r.summary(),
                        now);
            copy.finish();
        } catch (SQLException | RuntimeException e) {
            copy.cancel();
            throw e;
        }
        indexNegotiations(c, g);
    }

    /** The keys alone, over empty tables: a replay given up leaves its generation to the consumer, which needs them. */
    public void indexEmpty(Connection c, Generation g) throws SQLException {
        indexEvents(c, g);
        indexNegotiations(c, g);
    }

    private static void indexNegotiations(Connection c, Generation g) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("alter table " + g.negotiationsTable() + " add primary key (negotiation_id)");
        }
    }
}
