package io.negotiationtracker.projection.generation;

import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Removes what a rebuild left behind: a retired generation's tables, once no instance can still be reading them. Any
 * instance may run it, any number of times (the rows it picks are locked, and marked dropped).
 */
@Singleton
public class RetiredTables {
    private final DataSource dataSource;

    public RetiredTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Drops the tables of retired generations that no instance reads: none seen within {@code silentAfter} serves
     * them, and the last switch is {@code grace} old (requests begun before an instance followed it have ended). Their
     * rows stay as history.
     */
    public List<Integer> dropUnread(Duration grace, Duration silentAfter) {
        return Transactions.inTransaction(dataSource, c -> {
            List<Integer> dropped = new ArrayList<>();
            try (PreparedStatement find = c.prepareStatement(
                    "select g.generation from projection.generations g where g.state = 'retired' "
                            + "and g.dropped_at is null and not exists (select 1 from projection.instances i where i.generation = g.generation "
                            + "and i.seen_at > now() - ? * interval '1 millisecond') "
                            + "and (select max(switched_at) from projection.generations) < now() - ? * interval '1 millisecond' for update")) {
                find.setLong(1, silentAfter.toMillis());
                find.setLong(2, grace.toMillis());
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) dropped.add(rs.getInt(1));
                }
            }
            for (int number : dropped) {
                Generation g = new Generation(number);
                try (Statement st = c.createStatement()) {
                    st.execute("drop table if exists " + g.eventsTable());
                    st.execute("drop table if exists " + g.negotiationsTable());
                    st.execute("update projection.generations set dropped_at = now() where generation = " + number);
                }
            }
            return dropped;
        });
    }
}
