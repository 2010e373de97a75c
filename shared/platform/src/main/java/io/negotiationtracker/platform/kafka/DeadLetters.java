package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.jdbc.Transactions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A record that cannot be read or applied: kept in {@code <schema>.dead_letters} (once per consumer, topic, partition
 * and offset; written in the consumer's transaction with {@code published = false}) and, after that transaction
 * committed, sent to the dead-letter topic by {@link #publishPending} and marked published. A send is never repeated
 * once marked; only a crash between the broker's acknowledgement and the mark sends a row again (same dlq_source).
 */
public final class DeadLetters {
    private static final int PAGE = 100;

    private final Producer<String, String> producer;
    private final String topic;
    private final String table;
    private final KafkaSettings kafka;
    private volatile boolean topicEnsured;

    /** Dead letters to a topic that exists already, or that the broker creates on first use (tests). */
    public DeadLetters(Producer<String, String> producer, String topic, String schema) {
        this(producer, topic, schema, null);
    }

    /**
     * Dead letters to a topic created, if missing, like the other topics the services create: with the partitions,
     * replication factor and {@code min.insync.replicas} of {@code kafka.topic.*} ({@link Topics#ensure}), on the first
     * {@link #publishPending} (the consumer's first turn, so at start-up), not by a broker's auto-creation with its own
     * defaults when the first dead letter is sent.
     */
    public DeadLetters(Producer<String, String> producer, String topic, String schema, KafkaSettings kafka) {
        this.producer = producer;
        this.topic = topic;
        this.table = schema + ".dead_letters";
        this.kafka = kafka;
        this.topicEnsured = kafka == null;
    }

    public String topic() {
        return topic;
    }

    /** Keeps the record with its reason (and its negotiation position when it could be read), to be published after commit. */
    public void record(
            Connection c,
            String consumer,
            ConsumerRecord<String, String> record,
            Throwable reason,
            Optional<EventLocation> at)
            throws SQLException {
        String why = reason.getClass().getSimpleName() + ": " + reason.getMessage();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into " + table
                        + " (consumer, topic, partition, record_offset, record_key, payload, reason, event_version, event_position, published) "
                        + "values (?,?,?,?,?,?,?,?,?,false) on conflict (consumer, topic, partition, record_offset) do nothing")) {
            ps.setString(1, consumer);
            ps.setString(2, record.topic());
            ps.setInt(3, record.partition());
            ps.setLong(4, record.offset());
            ps.setString(5, TextWithoutNul.escape(record.key()));
            ps.setString(6, TextWithoutNul.escape(record.value()));
            ps.setString(7, TextWithoutNul.escape(why));
            ps.setObject(8, at.map(EventLocation::version).orElse(null));
            ps.setObject(9, at.map(EventLocation::position).orElse(null));
            ps.executeUpdate();
        }
    }

    /** Sends the consumer's unpublished dead letters to the topic, then marks them; returns how many were sent. */
    public int publishPending(DataSource dataSource, String consumer) {
        if (!topicEnsured) {
            Topics.ensure(kafka, topic, kafka.topic().partitions(), Map.of());
            topicEnsured = true;
        }
        int sent = 0;
        while (true) {
            List<Pending> page = Transactions.read(dataSource, c -> pending(c, consumer));
            if (page.isEmpty()) return sent;
            List<Future<?>> sends = new ArrayList<>(page.size());
            for (Pending p : page) sends.add(producer.send(p.toRecord(topic, consumer)));
            producer.flush();
            for (Future<?> f : sends) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while sending dead letters to " + topic, e);
                } catch (Exception e) {
                    throw new IllegalStateException("could not send a dead letter to " + topic, e);
                }
            }
            Transactions.inTransaction(dataSource, c -> markPublished(c, page));
            sent += page.size();
        }
    }

    private List<Pending> pending(Connection c, String consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select id, topic, partition, record_offset, record_key, payload, reason, event_position from " + table
                        + " where consumer = ? and not published order by id limit " + PAGE)) {
            ps.setString(1, consumer);
            List<Pending> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long position = rs.getLong(8);
                    out.add(new Pending(
                            rs.getLong(1),
                            rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.wasNull() ? null : position));
                }
            }
            return out;
        }
    }

    private Void markPublished(Connection c, List<Pending> page) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update " + table + " set published = true where id = any(?)")) {
            ps.setArray(
                    1, c.createArrayOf("bigint", page.stream().map(Pending::id).toArray()));
            ps.executeUpdate();
        }
        return null;
    }

    private record Pending(long id, String source, String key, String payload, String reason, Long position) {
        ProducerRecord<String, String> toRecord(String topic, String consumer) {
            var out = new ProducerRecord<>(topic, key, payload);
            out.headers().add("dlq_reason", reason.getBytes(StandardCharsets.UTF_8));
            out.headers().add("dlq_source", source.getBytes(StandardCharsets.UTF_8));
            out.headers().add("dlq_consumer", consumer.getBytes(StandardCharsets.UTF_8));
            if (position != null)
                out.headers().add("dlq_event_position", position.toString().getBytes(StandardCharsets.UTF_8));
            return out;
        }
    }
}
