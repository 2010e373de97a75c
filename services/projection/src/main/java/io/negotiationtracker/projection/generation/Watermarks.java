package io.negotiationtracker.projection.generation;

import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * How far a generation's views are complete, whichever instance applied what: the watermark is a position at or below
 * which every event is applied. Each partition's "high" only rises, in the consumer's transaction: to the highest
 * position a batch applied from it (a partition holds its positions in order), or, once the partition is read to its
 * end, to the highest position applied anywhere (the relay commits positions in order, so every lower one had reached
 * its partition). The watermark is the lowest high over all the topic's partitions, never a maximum: a position applied
 * on one partition says nothing of lower ones still on another. Gaps in the positions do not hold it back.
 *
 * <p>Every raise first locks the generation's row (the batch has already updated it), then the partition rows, so
 * instances raising at once queue on that row rather than deadlock, and each recomputes over what the others committed.
 */
@Singleton
public class Watermarks {
    private final DataSource dataSource;

    public Watermarks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Raises the partitions' highs in the caller's transaction; {@code topicPartitions} 0 if unknown. Returns the watermark. */
    public long raise(Connection c, Generation g, Map<Integer, Long> highs, int topicPartitions) throws SQLException {
        try (PreparedStatement lock =
                        c.prepareStatement("select 1 from projection.generations where generation = ? for update");
                PreparedStatement upsert = c.prepareStatement(
                        "insert into projection.partition_progress (generation, partition, high) values (?,?,?) "
                                + "on conflict (generation, partition) do update set high = greatest(partition_progress.high, excluded.high)");
                PreparedStatement update = c.prepareStatement(
                        "update projection.generations g set topic_partitions = greatest(g.topic_partitions, ?), "
                                + "watermark = greatest(g.watermark, (select case when greatest(g.topic_partitions, ?) > 0 and count(*) >= greatest(g.topic_partitions, ?) "
                                + "then min(p.high) else 0 end from projection.partition_progress p where p.generation = g.generation)) "
                                + "where g.generation = ? returning g.watermark")) {
            lock.setInt(1, g.number());
            lock.executeQuery().close();
            for (var e : highs.entrySet()) {
                upsert.setInt(1, g.number());
                upsert.setInt(2, e.getKey());
                upsert.setLong(3, e.getValue());
                upsert.addBatch();
            }
            if (!highs.isEmpty()) upsert.executeBatch();
            for (int i = 1; i <= 3; i++) update.setInt(i, topicPartitions);
            update.setInt(4, g.number());
            try (ResultSet rs = update.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** True when raising these partitions to {@code mark} would change nothing (read without a lock: most checks stop here). */
    public boolean covers(Generation g, Set<Integer> partitions, int topicPartitions, long mark) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select g.topic_partitions >= ? and (select count(*) from projection.partition_progress p "
                            + "where p.generation = g.generation and p.partition = any(?) and p.high >= ?) = ? from projection.generations g where g.generation = ?")) {
                ps.setInt(1, topicPartitions);
                ps.setArray(2, c.createArrayOf("integer", partitions.toArray()));
                ps.setLong(3, mark);
                ps.setInt(4, partitions.size());
                ps.setInt(5, g.number());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    public long watermark(Generation g) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("select watermark from projection.generations where generation = ?")) {
                ps.setInt(1, g.number());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }
}
