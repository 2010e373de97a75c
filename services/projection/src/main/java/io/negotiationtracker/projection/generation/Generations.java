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

/**
 * The generations of the views and the pointer to the one the API serves (projection.view_pointer). Every instance
 * caches the generation it serves; the pointer moves in the database ({@link #switchTo}, with a {@link ViewNotice}), and
 * each instance then {@link #follow}s it.
 */
@Singleton
public class Generations {
    private final DataSource dataSource;
    private final AtomicReference<Generation> serving = new AtomicReference<>();

    public Generations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The generation this instance's API reads; cached, and moved only by {@link #follow}. */
    public Generation serving() {
        Generation g = serving.get();
        if (g == null) {
            g = Transactions.read(dataSource, c -> {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select generation from projection.view_pointer where id = 1")) {
                    rs.next();
                    return new Generation(rs.getInt(1));
                }
            });
            serving.compareAndSet(null, g);
        }
        return serving.get();
    }

    /** The generation the pointer names now (read from the database, not the cache). */
    public Generation pointer() {
        return Transactions.read(dataSource, c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select generation from projection.view_pointer where id = 1")) {
                rs.next();
                return new Generation(rs.getInt(1));
            }
        });
    }

    /** This instance serves {@code g} from now on (the pointer names it). */
    public void follow(Generation g) {
        serving.set(g);
    }

    public Optional<Generation> building() {
        return list().stream()
                .filter(i -> i.state().equals("building"))
                .map(i -> new Generation(i.generation()))
                .findFirst();
    }

    /** Creates the next generation's empty tables and records it as building; empty if one is building already (on any instance). */
    public Optional<Generation> createNext() {
        return Transactions.inTransaction(dataSource, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("lock table projection.generations in exclusive mode");
                try (ResultSet rs = st.executeQuery("select 1 from projection.generations where state = 'building'")) {
                    if (rs.next()) return Optional.<Generation>empty();
                }
                Generation next;
                try (ResultSet rs =
                        st.executeQuery("select coalesce(max(generation), 0) + 1 from projection.generations")) {
                    rs.next();
                    next = new Generation(rs.getInt(1));
                }
                // no index yet: the replay loads the tables first and then builds them (ViewIndexes)
                st.execute("create table " + next.eventsTable()
                        + " (like projection.events_template including all excluding indexes)");
                st.execute("create table " + next.negotiationsTable()
                        + " (like projection.negotiations_template including all excluding indexes)");
                st.execute("insert into projection.generations (generation, state) values (" + next.number()
                        + ", 'building')");
                return Optional.of(next);
            }
        });
    }

    /**
     * Moves the pointer to {@code next} in one transaction, which tells every instance ({@link ViewNotice#switched}); the
     * one serving before is retired (its tables stay until no instance reads them). False if {@code next} is not
     * building (another instance switched first): the caller follows the pointer either way.
     */
    public boolean switchTo(Generation next) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement serve = c.prepareStatement(
                            "update projection.generations set state = 'serving', switched_at = now(), "
                                    + "caught_up_at = coalesce(caught_up_at, now()) where generation = ? and state = 'building'");
                    PreparedStatement retire = c.prepareStatement(
                            "update projection.generations set state = 'retired' where state = 'serving' and generation <> ?");
                    PreparedStatement point =
                            c.prepareStatement("update projection.view_pointer set generation = ? where id = 1")) {
                serve.setInt(1, next.number());
                if (serve.executeUpdate() != 1) return false;
                retire.setInt(1, next.number());
                retire.executeUpdate();
                point.setInt(1, next.number());
                point.executeUpdate();
                ViewNotices.send(c, ViewNotice.switched(next));
                return true;
            }
        });
    }

    /** Whether {@code g}'s replay is done (or was given up): its consumer may run. */
    public boolean replayed(Connection c, Generation g) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select replayed_at is not null from projection.generations where generation = ?")) {
            ps.setInt(1, g.number());
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        }
    }

    public boolean replayed(Generation g) {
        return Transactions.read(dataSource, c -> replayed(c, g));
    }

    public void markReplayed(Connection c, Generation g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update projection.generations set replayed_at = now() where generation = ? and replayed_at is null")) {
            ps.setInt(1, g.number());
            ps.executeUpdate();
        }
    }

    public void markCaughtUp(Generation g) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update projection.generations set caught_up_at = now() where generation = ? and caught_up_at is null")) {
                ps.setInt(1, g.number());
                return ps.executeUpdate();
            }
        });
    }

    public void advanceApplied(Connection c, Generation g, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update projection.generations set applied_position = greatest(applied_position, ?) where generation = ?")) {
            ps.setLong(1, position);
            ps.setInt(2, g.number());
            ps.executeUpdate();
        }
    }

    public long appliedPosition(Generation g) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("select applied_position from projection.generations where generation = ?")) {
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
                ResultSet rs = st.executeQuery(
                        "select generation, state, started_at, caught_up_at, switched_at, applied_position, watermark "
                                + "from projection.generations order by generation")) {
            List<GenerationInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new GenerationInfo(
                        rs.getInt(1),
                        rs.getString(2),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        rs.getLong(6),
                        rs.getLong(7)));
            }
            return out;
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
