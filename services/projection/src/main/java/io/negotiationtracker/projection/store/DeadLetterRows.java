package io.negotiationtracker.projection.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The projection.dead_letters table as the API lists it: newest first, each letter with where it came from and why. */
public final class DeadLetterRows {
    /** The latest {@code limit} letters; version and position only when the record was readable as an event. */
    public List<Map<String, Object>> latest(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select consumer, topic, partition, record_offset, record_key, payload, reason, "
                        + "recorded_at, event_version, event_position, published from projection.dead_letters order by id desc limit ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) out.add(letter(rs));
                return out;
            }
        }
    }

    private static Map<String, Object> letter(ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consumer", rs.getString(1));
        m.put("source", rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(4));
        m.put("key", rs.getString(5));
        m.put("payload", rs.getString(6));
        m.put("reason", rs.getString(7));
        m.put("recordedAt", rs.getTimestamp(8).toInstant().toString());
        long version = rs.getLong(9);
        if (!rs.wasNull()) m.put("version", version);
        long position = rs.getLong(10);
        if (!rs.wasNull()) m.put("position", position);
        m.put("published", rs.getBoolean(11));
        return m;
    }
}
