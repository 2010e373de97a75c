package io.negotiationtracker.projection.store;

import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.render.StoredRendering;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the negotiations_N table: one row per negotiation with its rendering (possibly lagging, see
 * {@link io.negotiationtracker.projection.render.Freshness}); {@link NegotiationWrites} writes them. SQL only: what to
 * render and when is decided elsewhere.
 */
public final class NegotiationRows {
    private static final String STORED =
            "select negotiation_id, status, summary, computed_for, status_position, last_position from ";

    /** A row whose rendering lags its events or was computed for another day. */
    public record Stale(String negotiationId, long lastPosition) {}

    /** Rows that are not current for {@code today}: the SQL form of {@code Freshness.isCurrent} (a row never rendered has no computed_for). */
    public List<Stale> stale(Connection c, Generation g, LocalDate today, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select negotiation_id, last_position from " + g.negotiationsTable()
                        + " where status_position < last_position or computed_for is distinct from ? order by negotiation_id limit ?")) {
            ps.setDate(1, Date.valueOf(today));
            ps.setInt(2, limit);
            List<Stale> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Stale(rs.getString(1), rs.getLong(2)));
            }
            return out;
        }
    }

    public Optional<StoredRendering> row(Connection c, Generation g, String negotiationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STORED + g.negotiationsTable() + " where negotiation_id = ?")) {
            ps.setString(1, negotiationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    public List<StoredRendering> all(Connection c, Generation g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STORED + g.negotiationsTable() + " order by negotiation_id");
                ResultSet rs = ps.executeQuery()) {
            List<StoredRendering> out = new ArrayList<>();
            while (rs.next()) out.add(stored(rs));
            return out;
        }
    }

    public List<String> ids(Connection c, Generation g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select negotiation_id from " + g.negotiationsTable());
                ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    private static StoredRendering stored(ResultSet rs) throws SQLException {
        Date day = rs.getDate(4);
        return new StoredRendering(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                day == null ? null : day.toLocalDate(),
                rs.getLong(5),
                rs.getLong(6));
    }
}
