package io.negotiationtracker.notifier.alerts;

import java.sql.Connection;
import java.sql.SQLException;

/** Work that must commit with a new alert, in its transaction (e.g. queueing its webhook deliveries). */
public interface AlertFanOut {
    void recorded(Connection c, long seq, NewAlert alert) throws SQLException;
}
