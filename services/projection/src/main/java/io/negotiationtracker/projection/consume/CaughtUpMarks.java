package io.negotiationtracker.projection.consume;

import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.kafka.CaughtUpWatch;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.ViewNotices;
import io.negotiationtracker.projection.generation.Watermarks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Moves the watermark past partitions with no traffic: a partition this instance has applied to its end holds no
 * unapplied position below the highest applied anywhere when the end was read ({@link CaughtUpWatch}), so its high is
 * raised to that. Without this a partition that receives nothing (few negotiations, many partitions) would hold the
 * watermark, and every read-your-writes wait, back for ever.
 */
final class CaughtUpMarks implements CaughtUpWatch {
    private final Generation generation;
    private final Generations generations;
    private final Watermarks watermarks;
    private final DataSource dataSource;

    CaughtUpMarks(Generation generation, Generations generations, Watermarks watermarks, DataSource dataSource) {
        this.generation = generation;
        this.generations = generations;
        this.watermarks = watermarks;
        this.dataSource = dataSource;
    }

    @Override
    public long mark() {
        return generations.appliedPosition(generation);
    }

    @Override
    public void caughtUp(Set<Integer> partitions, int topicPartitions, long mark) {
        if (watermarks.covers(generation, partitions, topicPartitions, mark)) return;
        Map<Integer, Long> highs = new HashMap<>();
        partitions.forEach(p -> highs.put(p, mark));
        Transactions.inTransaction(dataSource, c -> {
            long watermark = watermarks.raise(c, generation, highs, topicPartitions);
            ViewNotices.applied(c, generation, watermark, List.of());
            return null;
        });
    }
}
