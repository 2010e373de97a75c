package io.negotiationtracker.projection.generation;

import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The running instances of the projection and the generation each serves (projection.instances), so a retired
 * generation's tables are dropped only when none reads them ({@link RetiredTables#dropUnread}). Each instance says so
 * every few seconds; one silent for long is taken to be gone.
 */
@Singleton
public class Instances {
    private final DataSource dataSource;
    private final String self = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public Instances(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** This instance's name: process id and host, and a random part (a restarted process is another instance). */
    public String self() {
        return self;
    }

    /** This instance serves {@code g} now; rows silent for a day are removed. */
    public void serving(Generation g) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                            "insert into projection.instances (instance, generation, seen_at) values (?, ?, now()) "
                                    + "on conflict (instance) do update set generation = excluded.generation, seen_at = excluded.seen_at");
                    PreparedStatement prune = c.prepareStatement(
                            "delete from projection.instances where seen_at < now() - interval '1 day'")) {
                upsert.setString(1, self);
                upsert.setInt(2, g.number());
                upsert.executeUpdate();
                prune.executeUpdate();
                return null;
            }
        });
    }

    /** This instance stops: it reads no generation any more. */
    public void gone() {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from projection.instances where instance = ?")) {
                ps.setString(1, self);
                return ps.executeUpdate();
            }
        });
    }
}
