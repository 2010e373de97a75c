package io.negotiationtracker.notifier.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An alert as the API, the stream, the topic and webhooks show it. */
public record AlertView(
        long seq,
        String negotiationId,
        String deadlineId,
        String kind,
        String dueOn,
        String previousDueOn,
        Integer horizonDays,
        int revision,
        String title,
        String message,
        Boolean agreementBefore,
        String eventId,
        String createdAt) {
    public static final String COLUMNS =
            "seq, negotiation_id, deadline_id, kind, due_on, previous_due_on, horizon_days, revision, title, "
                    + "message, agreement_before, event_id, created_at";

    /** Reads a row selected with {@link #COLUMNS}. */
    public static AlertView from(ResultSet rs) throws SQLException {
        return new AlertView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                (Integer) rs.getObject(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getString(10),
                (Boolean) rs.getObject(11),
                rs.getString(12),
                rs.getTimestamp(13).toInstant().toString());
    }
}
