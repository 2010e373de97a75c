package io.negotiationtracker.notifier.outbox;

import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.outbox.Outbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The alerts table as the relay's outbox: alerts are numbered gap-free in commit order ({@code AlertStore}), so their
 * seq is the position; {@code published} marks what is on the topic, always a prefix of the seqs.
 */
final class AlertOutbox implements Outbox<PendingAlert> {
    private static final int BATCH = 500;
    private static final long IDLE_WAIT_MS = 500;

    private final DataSource dataSource;
    private final AlertSignal signal;
    private final EventCodec codec;

    AlertOutbox(DataSource dataSource, AlertSignal signal, EventCodec codec) {
        this.dataSource = dataSource;
        this.signal = signal;
        this.codec = codec;
    }

    @Override
    public List<PendingAlert> after(long seq) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select " + AlertView.COLUMNS + " from notifier.alerts where seq > ? order by seq limit ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, BATCH);
                List<PendingAlert> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new PendingAlert(AlertView.from(rs)));
                }
                return out;
            }
        });
    }

    @Override
    public ProducerRecord<String, String> record(String topic, int partition, PendingAlert row) {
        return AlertRecords.of(topic, partition, row.alert(), codec);
    }

    /** The seq before the first unpublished alert, or the last seq when all are published. */
    @Override
    public long published() {
        return number("select coalesce((select min(seq) from notifier.alerts where not published) - 1, "
                + "(select coalesce(max(seq), 0) from notifier.alerts))");
    }

    @Override
    public void markPublished(long upTo) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update notifier.alerts set published = true where not published and seq <= ?")) {
                ps.setLong(1, upTo);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public long head() {
        return number("select last from notifier.alert_counter where id = 1");
    }

    /** The generation is read before looking at the head, so an alert committed in between still wakes the wait. */
    @Override
    public void awaitBeyond(long seq) throws InterruptedException {
        long seen = signal.generation();
        if (head() > seq) return;
        signal.awaitBeyond(seen, IDLE_WAIT_MS);
    }

    private long number(String sql) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
