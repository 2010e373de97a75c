package io.negotiationtracker.notifier.feeds;

import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The newest alerts for a feed, newest first. */
@Singleton
public class FeedStore {
    private final DataSource dataSource;

    public FeedStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} newest alerts, of one negotiation or (null) of all. */
    public List<FeedEntry> newest(String negotiationId, int limit) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, alert_key, negotiation_id, deadline_id, kind, due_on, title, message, created_at "
                            + "from notifier.alerts where (?::text is null or negotiation_id = ?) order by seq desc limit ?")) {
                ps.setString(1, negotiationId);
                ps.setString(2, negotiationId);
                ps.setInt(3, limit);
                List<FeedEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.add(new FeedEntry(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getTimestamp(9).toInstant()));
                }
                return out;
            }
        });
    }
}
