package io.negotiationtracker.notifier.support;

import io.negotiationtracker.testsupport.TestInfrastructure;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Looks straight at the notifier's tables, to check what the API alone cannot show (e.g. keys, publication). */
public final class AlertTable {
    private AlertTable() {}

    public static List<String> keys(String jdbcUrl) {
        return strings(jdbcUrl, "select alert_key from notifier.alerts order by seq");
    }

    public static List<String> strings(String jdbcUrl, String sql) {
        try (var c = DriverManager.getConnection(
                        jdbcUrl, TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword());
                var rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
