package io.negotiationtracker.notifier.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Only one instance publishes the outbox at a time, so the topic keeps seq order: the leader holds a PostgreSQL session
 * advisory lock on a connection it keeps open. If the leader dies, its session ends and the lock is free.
 */
final class RelayLeadership implements AutoCloseable {
    private static final long LOCK_ID = 0x6e6f7469666965L; // "notifie"

    private final Connection connection;

    private RelayLeadership(Connection connection) {
        this.connection = connection;
    }

    /** The leadership if this instance got it now, else null. */
    static RelayLeadership tryAcquire(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_ID);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) return new RelayLeadership(c);
            }
        }
        c.close();
        return null;
    }

    boolean stillHeld() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try (connection; PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, LOCK_ID);
            ps.execute();
        } catch (SQLException e) {
            // the session is gone, and its lock with it
        }
    }
}
