package io.negotiationtracker.platform.kafka;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumed offsets kept in the service's own schema, written in the same transaction as the effects, so a consumer
 * that dies between batches neither loses nor repeats an effect. Table: {@code <schema>.consumer_offsets}.
 * <p>
 * Saving is fenced: a partition's row is moved on only from the offset this consumer loaded or last saved (the batch's
 * first offset, modulo transaction markers), so a consumer that lost the partition to another cannot overwrite it.
 */
public final class OffsetStore {
    private final String table;
    private final String consumer;

    public OffsetStore(String schema, String consumer) {
        this.table = schema + ".consumer_offsets";
        this.consumer = consumer;
    }

    public Map<TopicPartition, Long> load(Connection c, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> result = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("select topic, partition, next_offset from " + table + " where consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TopicPartition tp = new TopicPartition(rs.getString(1), rs.getInt(2));
                    if (partitions.contains(tp)) result.put(tp, rs.getLong(3));
                }
            }
        }
        return result;
    }

    /**
     * Moves each partition's row from {@code expected} (absent from the map: the partition is not ours; mapped to null: no
     * row yet) to {@code next}; throws {@link OffsetsFenced} (the caller rolls back) when a row is not where expected.
     */
    public void saveFenced(Connection c, Map<TopicPartition, Long> expected, Map<TopicPartition, Long> next)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                        "update " + table
                                + " set next_offset = ? where consumer = ? and topic = ? and partition = ? and next_offset = ?");
                PreparedStatement insert = c.prepareStatement("insert into " + table
                        + " (consumer, topic, partition, next_offset) values (?,?,?,?) on conflict do nothing")) {
            for (var e : next.entrySet()) {
                TopicPartition tp = e.getKey();
                if (!expected.containsKey(tp)) throw new OffsetsFenced(consumer + " no longer holds " + tp);
                Long from = expected.get(tp);
                int rows;
                if (from == null) {
                    insert.setString(1, consumer);
                    insert.setString(2, tp.topic());
                    insert.setInt(3, tp.partition());
                    insert.setLong(4, e.getValue());
                    rows = insert.executeUpdate();
                } else {
                    update.setLong(1, e.getValue());
                    update.setString(2, consumer);
                    update.setString(3, tp.topic());
                    update.setInt(4, tp.partition());
                    update.setLong(5, from);
                    rows = update.executeUpdate();
                }
                if (rows != 1)
                    throw new OffsetsFenced(consumer + ": the stored offset of " + tp + " is no longer " + from
                            + "; another consumer moved it");
            }
        }
    }

    public void reset(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where consumer = ?")) {
            ps.setString(1, consumer);
            ps.executeUpdate();
        }
    }
}
