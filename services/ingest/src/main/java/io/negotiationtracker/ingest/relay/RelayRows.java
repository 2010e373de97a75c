package io.negotiationtracker.ingest.relay;

import io.negotiationtracker.platform.jdbc.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The relay's view of the store: rows after a position, and its checkpoint (the last position known published). */
final class RelayRows {
    private final DataSource dataSource;
    private final int batchSize;

    RelayRows(DataSource dataSource, int batchSize) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
    }

    List<StoredRow> readAfter(long position) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select position, event_id, negotiation_id, type, version, recorded_at, envelope "
                    + "from ingest.events where position > ? order by position limit ?")) {
                ps.setLong(1, position);
                ps.setInt(2, batchSize);
                List<StoredRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getTimestamp(6).toInstant().toString(), rs.getString(7)));
                    }
                }
                return rows;
            }
        });
    }

    long checkpoint() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select last_position from ingest.relay_checkpoint where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Never moves back: a deposed leader that saves late cannot undo the progress of the one that replaced it. */
    void saveCheckpoint(long position) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update ingest.relay_checkpoint set last_position = greatest(last_position, ?) where id = 1")) {
                ps.setLong(1, position);
                return ps.executeUpdate();
            }
        });
    }
}
