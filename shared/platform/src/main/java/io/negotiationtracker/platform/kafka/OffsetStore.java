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
        try (PreparedStatement ps = c.prepareStatement("select topic, partition, next_offset from " + table + " where consumer = ?")) {
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

    public void save(Connection c, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into " + table + " (consumer, topic, partition, next_offset) values (?,?,?,?) "
                + "on conflict (consumer, topic, partition) do update set next_offset = excluded.next_offset")) {
            for (var e : nextOffsets.entrySet()) {
                ps.setString(1, consumer);
                ps.setString(2, e.getKey().topic());
                ps.setInt(3, e.getKey().partition());
                ps.setLong(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void reset(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where consumer = ?")) {
            ps.setString(1, consumer);
            ps.executeUpdate();
        }
    }
}
