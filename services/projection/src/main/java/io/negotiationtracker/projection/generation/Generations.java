package io.negotiationtracker.projection.generation;

import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/** The generations of the views and the pointer to the one the API serves (projection.view_pointer). */
@Singleton
public class Generations {
    private final DataSource dataSource;
    private final AtomicReference<Generation> serving = new AtomicReference<>();

    public Generations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The generation the API reads; cached, and moved only by {@link #switchTo}. */
    public Generation serving() {
        Generation g = serving.get();
        if (g == null) {
            g = Transactions.read(dataSource, c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select generation from projection.view_pointer where id = 1")) {
                    rs.next();
                    return new Generation(rs.getInt(1));
                }
            });
            serving.compareAndSet(null, g);
        }
        return serving.get();
    }

    public Optional<Generation> building() {
        return list().stream().filter(i -> i.state().equals("building")).map(i -> new Generation(i.generation())).findFirst();
    }

    /** Creates the next generation's empty tables and records it as building. */
    public Generation createNext() {
        return Transactions.inTransaction(dataSource, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("lock table projection.generations in exclusive mode");
                Generation next;
                try (ResultSet rs = st.executeQuery("select coalesce(max(generation), 0) + 1 from projection.generations")) {
                    rs.next();
                    next = new Generation(rs.getInt(1));
                }
                st.execute("create table " + next.eventsTable() + " (like projection.events_template including all)");
                st.execute("create table " + next.negotiationsTable() + " (like projection.negotiations_template including all)");
                st.execute("insert into projection.generations (generation, state) values (" + next.number() + ", 'building')");
                return next;
            }
        });
    }

    /** Moves the pointer to {@code next} in one transaction; the one serving before is retired (its tables stay until dropped). */
    public void switchTo(Generation next) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement retire = c.prepareStatement("update projection.generations set state = 'retired' where state = 'serving'");
                 PreparedStatement serve = c.prepareStatement("update projection.generations set state = 'serving', switched_at = now(), "
                         + "caught_up_at = coalesce(caught_up_at, now()) where generation = ? and state = 'building'");
                 PreparedStatement point = c.prepareStatement("update projection.view_pointer set generation = ? where id = 1")) {
                retire.executeUpdate();
                serve.setInt(1, next.number());
                if (serve.executeUpdate() != 1) throw new IllegalStateException("generation " + next.number() + " is not building");
                point.setInt(1, next.number());
                point.executeUpdate();
                return null;
            }
        });
        serving.set(next);
    }

    public void markCaughtUp(Generation g) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("update projection.generations set caught_up_at = now() where generation = ? and caught_up_at is null")) {
                ps.setInt(1, g.number());
                return ps.executeUpdate();
            }
        });
    }

    /** Drops the tables of retired generations; their rows stay as history. */
    public List<Integer> dropRetired() {
        return Transactions.inTransaction(dataSource, c -> {
            List<Integer> dropped = new ArrayList<>();
            for (GenerationInfo info : list(c)) {
                if (!info.state().equals("retired")) continue;
                Generation g = new Generation(info.generation());
                try (Statement st = c.createStatement()) {
                    st.execute("drop table if exists " + g.eventsTable());
                    st.execute("drop table if exists " + g.negotiationsTable());
                }
                dropped.add(g.number());
            }
            return dropped;
        });
    }

    public void advanceApplied(Connection c, Generation g, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update projection.generations set applied_position = greatest(applied_position, ?) where generation = ?")) {
            ps.setLong(1, position);
            ps.setInt(2, g.number());
            ps.executeUpdate();
        }
    }

    public long appliedPosition(Generation g) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select applied_position from projection.generations where generation = ?")) {
                ps.setInt(1, g.number());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    public List<GenerationInfo> list() {
        return Transactions.read(dataSource, this::list);
    }

    private List<GenerationInfo> list(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select generation, state, started_at, caught_up_at, switched_at, applied_position "
                     + "from projection.generations order by generation")) {
            List<GenerationInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new GenerationInfo(rs.getInt(1), rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), rs.getLong(6)));
            }
            return out;
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
