package io.negotiationtracker.platform.kafka;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Whose fault a failure is. Only a failure the record may have caused is retried a bounded number of times and then
 * isolated and dead-lettered; a fault of the system would otherwise dead-letter every record in turn.
 */
enum FailureCause {
    /** May pass if retried: the database unreachable, a deadlock or serialization conflict, resources, shutdown (SQL states 08, 40, 53, 57). */
    TRANSIENT,
    /** The system is wrong, not the record: missing table or privilege, read-only database, internal error (42, 25, 55, 58, XX, F0, P0 states). */
    SYSTEMIC,
    /** The record may be the cause: bad data (22), a constraint (23), or an exception from the handler's code. */
    RECORD;

    /** TRANSIENT and SYSTEMIC failures are retried without end (and reported); RECORD failures are isolated. */
    boolean isolatable() {
        return switch (this) {
            case RECORD -> true;
            case TRANSIENT, SYSTEMIC -> false;
        };
    }

    static FailureCause of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) return TRANSIENT;
            if (t instanceof SQLException e) {
                FailureCause kind = ofState(e.getSQLState());
                if (kind != RECORD || e.getNextException() == null) return kind;
                return of(e.getNextException());
            }
            if (t.getCause() == t) break;
        }
        return RECORD;
    }

    static FailureCause ofState(String state) {
        if (state == null || state.length() < 2) return TRANSIENT;
        return switch (state.substring(0, 2)) {
            case "08", "40", "53", "57" -> TRANSIENT;
            case "42", "25", "55", "58", "XX", "F0", "P0", "3D", "3F", "28" -> SYSTEMIC;
            default -> RECORD;
        };
    }
}
