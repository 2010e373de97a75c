package io.negotiationtracker.platform.kafka;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Which failures may pass if retried (the database unreachable, a deadlock, a serialization conflict, resources, shutdown). */
final class SqlFailures {
    private SqlFailures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) return true;
            if (t instanceof SQLException e) {
                String state = e.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57")) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
