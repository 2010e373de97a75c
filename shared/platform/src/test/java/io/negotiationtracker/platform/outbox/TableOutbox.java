package io.negotiationtracker.platform.outbox;

import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A minimal outbox in a real database (schema {@code outbox}: rows and a checkpoint), whose checkpoint can be made to
 * fail or be lost right after a batch reached the topic: the moment the restart rule exists for.
 */
final class TableOutbox implements Outbox<TableOutbox.Row> {
    static final String POSITION_HEADER = "pos";

    record Row(long position, String key, String id) implements OutboxRow {}

    final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final AtomicInteger marksToFail = new AtomicInteger();
    private volatile boolean forgetCheckpoints;

    TableOutbox(String name) {
        dataSource.setUrl(TestInfrastructure.newDatabase(name));
        dataSource.setUser(TestInfrastructure.jdbcUser());
        dataSource.setPassword(TestInfrastructure.jdbcPassword());
        execute(
                "create schema outbox; create table outbox.rows (position bigint primary key, key text not null); "
                        + "create table outbox.checkpoint (id int primary key, last bigint not null); insert into outbox.checkpoint values (1, 0)");
    }

    /** Another relay's view of the same outbox (same database), with its own failure switch. */
    private TableOutbox(PGSimpleDataSource dataSource) {
        this.dataSource.setUrl(dataSource.getUrl());
        this.dataSource.setUser(dataSource.getUser());
        this.dataSource.setPassword(dataSource.getPassword());
    }

    TableOutbox sameOutbox() {
        return new TableOutbox(dataSource);
    }

    void store(long from, long to) {
        for (long p = from; p <= to; p++) execute("insert into outbox.rows values (" + p + ", 'k" + p % 5 + "')");
    }

    /** The next {@code n} checkpoints fail after their batch was committed to the topic. */
    void failCheckpoints(int n) {
        marksToFail.set(n);
    }

    /** Checkpoints are acknowledged but never written: as if the process died after each commit to the topic. */
    void forgetCheckpoints() {
        forgetCheckpoints = true;
    }

    long checkpoint() {
        return published();
    }

    @Override
    public List<Row> after(long position) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select position, key from outbox.rows where position > ? order by position limit 7")) {
                ps.setLong(1, position);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rows.add(new Row(rs.getLong(1), rs.getString(2), "row-" + rs.getLong(1)));
                }
                return rows;
            }
        });
    }

    @Override
    public ProducerRecord<String, String> record(String topic, int partition, Row row) {
        var record = new ProducerRecord<>(topic, partition, row.key(), row.id());
        record.headers().add(POSITION_HEADER, Long.toString(row.position()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public long published() {
        return Transactions.read(dataSource, c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select last from outbox.checkpoint")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void markPublished(long upTo) {
        if (marksToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0)
            throw new IllegalStateException("the database went away after the commit");
        if (!forgetCheckpoints) execute("update outbox.checkpoint set last = greatest(last, " + upTo + ")");
    }

    @Override
    public long head() {
        return Transactions.read(dataSource, c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(max(position), 0) from outbox.rows")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void awaitBeyond(long position) throws InterruptedException {
        Thread.sleep(50);
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
