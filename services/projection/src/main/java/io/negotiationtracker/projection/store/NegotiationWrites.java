package io.negotiationtracker.projection.store;

import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.render.Rendering;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes to the negotiations_N table: renderings (by the consumer near the head, by the stale renderer later) and
 * deferred rows (a consumer far behind only advances them). The renderer's write is guarded by last_position, so a
 * rendering never overwrites a row that received events after it was folded.
 */
public final class NegotiationWrites {
    /** A negotiation whose events advanced while its rendering was deferred. */
    public record Deferred(String negotiationId, String title, long version, long lastPosition) {}

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** The last position each row has recorded; a negotiation without a row is missing from the map. */
    public Map<String, Long> lastPositions(Connection c, Generation g, Collection<String> ids) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select negotiation_id, last_position from "
                + g.negotiationsTable() + " where negotiation_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    public void upsertRendered(Connection c, Generation g, List<Rendering> rows) throws SQLException {
        batch(
                c,
                "insert into " + g.negotiationsTable()
                        + " as t (negotiation_id, title, version, last_position, status_position, computed_for, "
                        + "status, summary, updated_at) values (?,?,?,?,?,?,?,?,now()) on conflict (negotiation_id) do update set title = excluded.title, "
                        + "version = excluded.version, last_position = excluded.last_position, status_position = excluded.status_position, "
                        + "computed_for = excluded.computed_for, status = excluded.status, summary = excluded.summary, updated_at = excluded.updated_at",
                rows,
                (ps, r) -> {
                    ps.setString(1, r.negotiationId());
                    ps.setString(2, r.title());
                    ps.setLong(3, r.version());
                    ps.setLong(4, r.lastPosition());
                    ps.setLong(5, r.lastPosition());
                    ps.setDate(6, Date.valueOf(r.computedFor()));
                    ps.setString(7, r.status());
                    ps.setString(8, r.summary());
                });
    }

    /** Advances the rows without rendering them (a consumer catching up); readers fold afresh until they are rendered. */
    public void upsertDeferred(Connection c, Generation g, List<Deferred> rows) throws SQLException {
        batch(
                c,
                "insert into " + g.negotiationsTable()
                        + " as t (negotiation_id, title, version, last_position, updated_at) values (?,?,?,?,now()) "
                        + "on conflict (negotiation_id) do update set title = coalesce(excluded.title, t.title), version = greatest(t.version, excluded.version), "
                        + "last_position = greatest(t.last_position, excluded.last_position), updated_at = excluded.updated_at",
                rows,
                (ps, d) -> {
                    ps.setString(1, d.negotiationId());
                    ps.setString(2, d.title());
                    ps.setLong(3, d.version());
                    ps.setLong(4, d.lastPosition());
                });
    }

    /** Writes a rendering only if no event arrived since it was folded (guarded by last_position). */
    public boolean renderIfUnchanged(Connection c, Generation g, Rendering r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update " + g.negotiationsTable() + " set title = ?, status_position = ?, computed_for = ?, "
                        + "status = ?, summary = ?, updated_at = now() where negotiation_id = ? and last_position = ?")) {
            ps.setString(1, r.title());
            ps.setLong(2, r.lastPosition());
            ps.setDate(3, Date.valueOf(r.computedFor()));
            ps.setString(4, r.status());
            ps.setString(5, r.summary());
            ps.setString(6, r.negotiationId());
            ps.setLong(7, r.lastPosition());
            return ps.executeUpdate() == 1;
        }
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
