package io.negotiationtracker.platform.jdbc;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (down, restarting, refusing connections, or the pool timed out waiting for one):
 * nothing was written, and the same request may succeed later. HTTP answers 503 with Retry-After.
 */
public class DatabaseUnavailable extends DataAccessException {
    public DatabaseUnavailable(SQLException cause) {
        super(cause);
    }

    /**
     * SQLState class 08 (connection), 57P01-57P03 (shutdown, cannot connect now), 53 (out of resources), a pool timeout,
     * or a pooled connection already closed under the work (the pool says "Connection is closed", without a state).
     */
    static boolean means(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) return true;
            if (t instanceof SQLException s && s.getSQLState() == null && "Connection is closed".equals(s.getMessage()))
                return true;
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("53")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")) return true;
            }
        }
        return false;
    }

    static DataAccessException of(SQLException e) {
        return means(e) ? new DatabaseUnavailable(e) : new DataAccessException(e);
    }
}
