package io.negotiationtracker.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.platform.jdbc.DataAccessException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Whose fault a failure is decides whether the record is isolated (bounded retries, dead letter) or retried without end. */
class FailureCauseTest {
    @Test
    void onlyFailuresTheRecordMayHaveCausedAreIsolated() {
        assertThat(FailureCause.of(new DataAccessException(
                        new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))))
                .isEqualTo(FailureCause.RECORD);
        assertThat(FailureCause.of(new SQLException("duplicate key", "23505"))).isEqualTo(FailureCause.RECORD);
        assertThat(FailureCause.of(new IllegalArgumentException("no such deadline")))
                .isEqualTo(FailureCause.RECORD);
        assertThat(FailureCause.of(new SQLException("could not serialize access", "40001")))
                .isEqualTo(FailureCause.TRANSIENT);
        assertThat(FailureCause.of(new SQLTransientConnectionException("pool exhausted")))
                .isEqualTo(FailureCause.TRANSIENT);
        assertThat(FailureCause.of(new SQLException("connection refused", "08001")))
                .isEqualTo(FailureCause.TRANSIENT);
        assertThat(FailureCause.of(new SQLException("relation does not exist", "42P01")))
                .isEqualTo(FailureCause.SYSTEMIC);
        assertThat(FailureCause.of(new SQLException("permission denied", "42501")))
                .isEqualTo(FailureCause.SYSTEMIC);
        assertThat(FailureCause.of(new SQLException("read-only transaction", "25006")))
                .isEqualTo(FailureCause.SYSTEMIC);
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "22021", new int[0]);
        assertThat(FailureCause.of(new DataAccessException(batch))).isEqualTo(FailureCause.RECORD);
        assertThat(FailureCause.RECORD.isolatable()).isTrue();
        assertThat(FailureCause.SYSTEMIC.isolatable()).isFalse();
    }
}
