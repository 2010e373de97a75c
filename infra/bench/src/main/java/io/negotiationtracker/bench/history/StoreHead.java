package io.negotiationtracker.bench.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** ingest's position counter: the last position given out (positions have no gaps, so also the number of events). */
final class StoreHead {
    private StoreHead() {}

    static long of(Connection c) throws SQLException {
        return query(c, "select last from ingest.global_position where id = 1");
    }

    static long lock(Connection c) throws SQLException {
        return query(c, "select last from ingest.global_position where id = 1 for update");
    }

    static String negotiationAt(Connection c, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select negotiation_id from ingest.events where position = ?")) {
            ps.setLong(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("no event at position " + position);
                return rs.getString(1);
            }
        }
    }

    private static long query(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
