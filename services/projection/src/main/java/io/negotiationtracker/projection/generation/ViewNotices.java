package io.negotiationtracker.projection.generation;

import io.negotiationtracker.platform.jdbc.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sends {@link ViewNotice}s with {@code pg_notify}. A payload must stay under PostgreSQL's 8000 bytes, so the changed
 * negotiations of a large batch go out as several notices (each with the watermark), never as one that would fail.
 */
public final class ViewNotices {
    private static final int MAX_ID_BYTES = 6_000;

    private ViewNotices() {}

    /** In the caller's transaction: delivered when, and only if, it commits. */
    public static void applied(Connection c, Generation g, long watermark, Collection<String> negotiationIds)
            throws SQLException {
        for (List<String> part : parts(negotiationIds))
            send(c, new ViewNotice(ViewNotice.APPLIED, g.number(), watermark, part));
    }

    /** Statuses rendered afresh (no new event: the watermark is unchanged), sent on their own. */
    public static void rendered(DataSource dataSource, Generation g, Collection<String> negotiationIds) {
        Transactions.inTransaction(dataSource, c -> {
            applied(c, g, 0, negotiationIds);
            return null;
        });
    }

    public static void send(Connection c, ViewNotice notice) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
            ps.setString(1, ViewNotice.CHANNEL);
            ps.setString(2, notice.json());
            ps.executeQuery().close();
        }
    }

    private static List<List<String>> parts(Collection<String> ids) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int used = 0; // bytes of the ids' JSON so far
        for (String id : ids) {
            int bytes = ViewNotice.jsonBytes(id) + 1;
            if (used + bytes > MAX_ID_BYTES && !part.isEmpty()) {
                parts.add(part);
                part = new ArrayList<>();
                used = 0;
            }
            part.add(id);
            used += bytes;
        }
        parts.add(part);
        return parts;
    }
}
