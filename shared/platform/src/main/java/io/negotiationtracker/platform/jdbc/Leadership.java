package io.negotiationtracker.platform.jdbc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Only one instance runs a job at a time (a relay, so that its topic keeps its order): the leader holds a PostgreSQL
 * session advisory lock, named after the job, on a connection it keeps open. If the leader dies, its session ends and
 * the lock is free for another instance.
 */
public final class Leadership implements AutoCloseable {
    private final Connection connection;
    private final long lockId;

    private Leadership(Connection connection, long lockId) {
        this.connection = connection;
        this.lockId = lockId;
    }

    /** The leadership of {@code job} if this instance got it now, else null. */
    public static Leadership tryAcquire(DataSource dataSource, String job) throws SQLException {
        long lockId = lockId(job);
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, lockId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) return new Leadership(c, lockId);
            }
        }
        c.close();
        return null;
    }

    public boolean stillHeld() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static long lockId(String job) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(job.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (connection;
                PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, lockId);
            ps.execute();
        } catch (SQLException e) {
            // the session is gone, and its lock with it
        }
    }
}
